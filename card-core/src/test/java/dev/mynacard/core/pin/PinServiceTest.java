/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.PinBlockedException;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.FaultTransport;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.issue.PinTries;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PinServiceTest {
    private static final int VERIFY = 0x20;

    private static PinService service(CountingTransport wire) {
        return new PinService(new CardSession(wire));
    }

    @Test
    void statusOfAllFourPinsInSevenApdus() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        List<PinStatus> all = service(wire).statusAll();
        assertEquals(List.of(new PinStatus(PinKind.AUTH, 3, 3), new PinStatus(PinKind.SIGN, 5, 5),
                new PinStatus(PinKind.TEXT, 3, 3), new PinStatus(PinKind.JUKI, 3, 3)), all);
        assertEquals(List.of("00 A4 04 0C", "00 20 00 98", "00 20 00 9B", "00 A4 04 0C", "00 20 00 91",
                "00 A4 04 0C", "00 20 00 9C"), wire.headers());
        assertTrue(wire.commands().stream().allMatch(c -> c[1] != VERIFY || c.length == 4), "only empty VERIFYs");
        assertEquals(1, wire.exclusives());
    }

    @Test
    void usedAndBlockedCounters() throws Exception {
        var card = TestCards.variant(p -> p.pinTries(new PinTries(2, 1, 0, 1)));
        List<PinStatus> all = service(new CountingTransport(TestCards.load(card).transport())).statusAll();
        assertEquals(List.of(PinStatus.State.OK, PinStatus.State.LAST_TRY, PinStatus.State.BLOCKED,
                PinStatus.State.LAST_TRY), all.stream().map(PinStatus::state).toList());
        assertEquals(2, all.get(0).remaining());
    }

    @Test
    void aCardWithoutSignCertificateHasThreePins() throws Exception {
        var card = TestCards.variant(p -> p.signCertificate(false).birthDate(java.time.LocalDate.of(2015, 1, 1)));
        List<PinStatus> all = service(new CountingTransport(TestCards.load(card).transport())).statusAll();
        assertEquals(List.of(PinKind.AUTH, PinKind.TEXT, PinKind.JUKI), all.stream().map(PinStatus::kind).toList());
    }

    @Test
    void verifiesEachPinAndAnswers9000AfterwardsInTheSameOperation() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CardSession session = new CardSession(wire);
        PinService pins = new PinService(session);
        for (PinKind kind : PinKind.values()) {
            String value = kind == PinKind.SIGN ? "abc123" : "1234";
            session.exclusive(() -> {
                pins.verify(kind, pin(value), LastTry.REFUSE);
                assertEquals(new PinStatus(kind, kind.maxTries(), kind.maxTries(), PinStatus.Reading.VERIFIED),
                        pins.status(kind));
                return null;
            });
        }
        assertEquals(4, wire.countWithData(VERIFY));
    }

    @Test
    void wrongPinsCountDownToBlocked() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        PinService pins = service(wire);
        assertEquals(OptionalInt.of(2), assertThrows(WrongPinException.class, () -> pins.verify(PinKind.AUTH, pin("0000"), LastTry.REFUSE)).triesLeft());
        assertEquals(OptionalInt.of(1), assertThrows(WrongPinException.class, () -> pins.verify(PinKind.AUTH, pin("0000"), LastTry.REFUSE)).triesLeft());
        long sent = wire.countWithData(VERIFY);
        LastTryRefusedException refused = assertThrows(LastTryRefusedException.class,
                () -> pins.verify(PinKind.AUTH, pin("0000"), LastTry.REFUSE));
        assertEquals(PinKind.AUTH, refused.pin());
        assertEquals(sent, wire.countWithData(VERIFY), "no VERIFY with data at the last try");
        assertThrows(PinBlockedException.class, () -> pins.verify(PinKind.AUTH, pin("0000"), LastTry.ALLOW));
        assertEquals(new PinStatus(PinKind.AUTH, 0, 3), pins.status(PinKind.AUTH));
        sent = wire.countWithData(VERIFY);
        assertThrows(PinBlockedException.class, () -> pins.verify(PinKind.AUTH, pin("1234"), LastTry.REFUSE));
        assertEquals(sent, wire.countWithData(VERIFY), "a blocked PIN is not sent with REFUSE");
        assertThrows(PinBlockedException.class, () -> pins.verify(PinKind.AUTH, pin("1234"), LastTry.ALLOW));
        assertEquals(5, pins.status(PinKind.SIGN).remaining(), "other PINs untouched");
    }

    @Test
    void theLastTryCanBeAllowedAndACorrectPinResetsTheCounter() throws Exception {
        var card = TestCards.variant(p -> p.pinTries(PinTries.FULL.withSign(1)));
        PinService pins = service(new CountingTransport(TestCards.load(card).transport()));
        assertThrows(LastTryRefusedException.class, () -> pins.verify(PinKind.SIGN, pin("ABC123"), LastTry.REFUSE));
        pins.verify(PinKind.SIGN, pin("ABC123"), LastTry.ALLOW);
        assertEquals(5, pins.status(PinKind.SIGN).remaining());
    }

    @Test
    void malformedPinsSendNothing() {
        CountingTransport wire = TestCards.freshDefault();
        PinService pins = service(wire);
        String[][] cases = {{"AUTH", "123"}, {"AUTH", "12345"}, {"AUTH", "12a4"}, {"SIGN", "ABC12"},
            {"SIGN", "ABCDEFGHIJ1234567"}, {"SIGN", "ABC-123"}, {"SIGN", "ＡＢＣ１２３"}, {"TEXT", ""}, {"JUKI", "１２３４"}};
        for (String[] c : cases) {
            PinKind kind = PinKind.valueOf(c[0]);
            PinFormatException e = assertThrows(PinFormatException.class, () -> pins.verify(kind, pin(c[1]), LastTry.ALLOW));
            assertFalse(c[1].length() > 0 && e.getMessage().contains(c[1]), "the message never shows the PIN");
            assertThrows(PinFormatException.class, () -> pins.change(kind, pin("1234"), pin(c[1]), LastTry.ALLOW));
        }
        assertEquals(0, wire.count());
    }

    @Test
    void aTransportErrorDuringVerifyIsNeverRetried() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport failOnce = new FaultTransport(wire, FaultTransport.commandWithData(0x00, VERIFY), 1,
                (command, card) -> {
                    card.exchange(command);
                    throw new TransportException(TransportException.Reason.TIMEOUT, "no answer");
                });
        PinService pins = new PinService(new CardSession(failOnce));
        assertThrows(TransportException.class, () -> pins.verify(PinKind.AUTH, pin("0000"), LastTry.ALLOW));
        assertEquals(1, wire.countWithData(VERIFY));
        assertEquals(2, pins.status(PinKind.AUTH).remaining(), "the one try was spent once");
    }

    @Test
    void aTransportErrorDuringChangeIsNeverRetried() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport failOnce = new FaultTransport(wire, FaultTransport.commandWithData(0x00, 0x24), 1,
                (command, card) -> {
                    card.exchange(command);
                    throw new TransportException(TransportException.Reason.TIMEOUT, "no answer");
                });
        PinService pins = new PinService(new CardSession(failOnce));
        assertThrows(TransportException.class, () -> pins.change(PinKind.TEXT, pin("1234"), pin("5555")));
        assertEquals(1, wire.countWithData(0x24));
        pins.verify(PinKind.TEXT, pin("5555"), LastTry.REFUSE);
    }

    @Test
    void theApduCarryingThePinIsWiped() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        service(wire).verify(PinKind.SIGN, pin("abc123"), LastTry.ALLOW);
        byte[] sent = wire.commands().get(wire.count() - 1);
        assertEquals("ABC123", new String(sent, 5, 6, java.nio.charset.StandardCharsets.US_ASCII), "sent upper-case");
        byte[] array = wire.lastCommandArray();
        for (byte b : array) {
            assertEquals(0, b);
        }
    }

    @Test
    void pinsAreRedactedAndWipedOnClose() {
        char[] typed = "1234".toCharArray();
        Pin value = Pin.of(typed);
        typed[0] = '9';
        assertEquals("Pin[<redacted>]", value.toString());
        assertDoesNotThrow(() -> PinFormat.DIGITS_4.check(value), "Pin.of copies the caller's array");
        value.close();
        assertThrows(IllegalStateException.class, () -> PinFormat.DIGITS_4.encode(value));
    }

    @Test
    void changesAuthSignAndTextPins() throws Exception {
        SimulatedCard card = TestCards.load(TestCards.defaultCard());
        PinService pins = new PinService(new CardSession(card.transport()));
        String[][] changes = {{"AUTH", "1234", "4321"}, {"SIGN", "ABC123", "newpass99"}, {"TEXT", "1234", "0000"}};
        for (String[] c : changes) {
            PinKind kind = PinKind.valueOf(c[0]);
            pins.change(kind, pin(c[1]), pin(c[2]), LastTry.REFUSE);
            pins.verify(kind, pin(c[2]), LastTry.REFUSE);
            assertThrows(WrongPinException.class, () -> pins.verify(kind, pin(c[1]), LastTry.REFUSE));
        }
        assertEquals(3, pins.status(PinKind.JUKI).remaining());
    }

    @Test
    void aWrongCurrentPinChangesNothing() throws Exception {
        PinService pins = service(TestCards.freshDefault());
        assertThrows(WrongPinException.class, () -> pins.change(PinKind.AUTH, pin("9999"), pin("4321"), LastTry.REFUSE));
        pins.verify(PinKind.AUTH, pin("1234"), LastTry.REFUSE);
    }
}
