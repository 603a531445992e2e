/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.PinBlockedException;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.FaultTransport;
import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.pin.PartialPinChangeException.CopyState;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.PinFile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 住基 PIN lives in two copies (共通AP and 住基AP): a change must keep them equal or say why not. */
class JukiPinChangeTest {
    private static final int CHANGE_KEY = 0x32;

    /** The 住基 PIN in one copy, verified directly: the library reads only the 共通AP copy. */
    private static boolean opens(CardSession session, MynaApplication copy, String value) throws Exception {
        return session.exclusive(() -> {
            session.select(copy);
            return session.sendSecret(new byte[] {0x00, 0x20, 0x00, (byte) 0x9C}, value.getBytes()).sw() == 0x9000;
        });
    }

    @Test
    void changesBothCopies() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CardSession session = new CardSession(wire);
        new PinService(session).change(PinKind.JUKI, pin("1234"), pin("8642"), LastTry.REFUSE);
        assertEquals(2, wire.count(CHANGE_KEY));
        assertTrue(opens(session, MynaApplication.COMMON, "8642"));
        assertTrue(opens(session, MynaApplication.JUKI, "8642"));
        assertEquals(3, new PinService(session).status(PinKind.JUKI).remaining());
    }

    @Test
    void aBlockedSecondCopyStopsTheChangeBeforeAnyWrite() throws Exception {
        SimulatedCard card = SimulatedCard.load(withBlockedJukiCopy(TestCards.defaultCard().image()));
        CountingTransport wire = new CountingTransport(card.transport());
        CardSession session = new CardSession(wire);
        assertThrows(PinBlockedException.class,
                () -> new PinService(session).change(PinKind.JUKI, pin("1234"), pin("8642"), LastTry.REFUSE));
        assertEquals(0, wire.count(CHANGE_KEY));
        assertTrue(opens(session, MynaApplication.COMMON, "1234"), "the first copy keeps the old PIN");
    }

    @Test
    void aTransportFailingAtTheSecondWriteIsReportedCopyByCopy() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport faulty = new FaultTransport(wire, FaultTransport.command(0x80, CHANGE_KEY), 2,
                (command, card) -> {
                    throw new TransportException(TransportException.Reason.CARD_REMOVED, "card removed");
                });
        CardSession session = new CardSession(faulty);
        PartialPinChangeException e = assertThrows(PartialPinChangeException.class,
                () -> new PinService(session).change(PinKind.JUKI, pin("1234"), pin("8642"), LastTry.REFUSE));
        assertEquals(Map.of(MynaApplication.JUKI, CopyState.CHANGED, MynaApplication.COMMON, CopyState.UNKNOWN), e.copies());
        assertTrue(e.getMessage().contains("住基AP (…0401): changed"), e.getMessage());
        assertTrue(e.getMessage().contains("共通AP (…0100): unknown"), e.getMessage());
        assertTrue(e.getCause() instanceof TransportException);
        assertEquals(3, wire.countWithData(0x20), "three VERIFYs: both copies, then the 共通AP again");
        assertEquals(1, wire.count(CHANGE_KEY), "the failed write is not re-sent");
        assertTrue(opens(session, MynaApplication.JUKI, "8642"));
        assertTrue(opens(session, MynaApplication.COMMON, "1234"), "the write never reached the card");
    }

    @Test
    void aCardRefusingTheSecondWriteIsReportedAsNotChanged() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport refusing = new FaultTransport(wire, FaultTransport.command(0x80, CHANGE_KEY), 2,
                (command, card) -> new byte[] {0x65, (byte) 0x81});
        CardSession session = new CardSession(refusing);
        PartialPinChangeException e = assertThrows(PartialPinChangeException.class,
                () -> new PinService(session).change(PinKind.JUKI, pin("1234"), pin("8642"), LastTry.REFUSE));
        assertEquals(CopyState.NOT_CHANGED, e.copies().get(MynaApplication.COMMON));
        assertEquals(CopyState.CHANGED, e.copies().get(MynaApplication.JUKI));
        assertTrue(e.getMessage().contains("6581"), e.getMessage());
        assertTrue(!e.getMessage().contains("8642") && !e.getMessage().contains("1234"), "no PIN in the message");
    }

    @Test
    void aFirstWriteRefusedByTheCardChangesNothing() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport refusing = new FaultTransport(wire, FaultTransport.command(0x80, CHANGE_KEY), 1,
                (command, card) -> new byte[] {0x65, (byte) 0x81});
        CardSession session = new CardSession(refusing);
        var e = assertThrows(dev.mynacard.apdu.SwException.class,
                () -> new PinService(session).change(PinKind.JUKI, pin("1234"), pin("8642"), LastTry.REFUSE));
        assertEquals(0x6581, e.sw());
        assertTrue(opens(session, MynaApplication.JUKI, "1234"));
        assertTrue(opens(session, MynaApplication.COMMON, "1234"));
    }

    @Test
    void aWrongOldPinIsRefusedByTheFirstCopy() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        assertThrows(WrongPinException.class, () -> new PinService(new CardSession(wire))
                .change(PinKind.JUKI, pin("0000"), pin("8642"), LastTry.REFUSE));
        assertEquals(1, wire.countWithData(0x20));
        assertEquals(0, wire.count(CHANGE_KEY));
    }

    private static CardImage withBlockedJukiCopy(CardImage image) {
        byte[] jukiAid = MynaApplication.JUKI.aid();
        List<Application> apps = image.applications().stream().map(app -> {
            if (!Arrays.equals(app.aid(), jukiAid)) {
                return app;
            }
            List<ElementaryFile> files = app.files().stream().map(f -> f instanceof PinFile p
                    ? (ElementaryFile) new PinFile(p.fid(), p.value(), p.format(), p.maxTries(), 0) : f).toList();
            return new Application(app.aid(), files);
        }).toList();
        return new CardImage(apps);
    }
}
