/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.EMPTY_READER;
import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.READER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mynacard.apdu.CardTransport.ExclusiveAccess;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PC/SC backend against the real stack: pcscd, vsmartcard's vpcd reader driver, and a test
 * card served over TCP by {@link VpcdConnector}. Nothing in between is simulated.
 */
class PcscVpcdIntegrationTest {
    private static final Duration CARD_WAIT = Duration.ofSeconds(10);
    /** Bound for every fault: each must end well before this. */
    private static final Duration FAULT_BOUND = Duration.ofSeconds(10);
    private static final CommandApdu CASE_1 = CommandApdu.of(0x80, 0x40, 0x00, 0x00);

    private static PcscReaders readers;

    private EchoTestCard card;
    private VpcdConnector connector;
    private PcscTransport transport;

    @BeforeAll
    static void requireTheStack() {
        readers = PcscTestEnvironment.requireVirtualReaders();
    }

    /** Puts a fresh test card into {@link PcscTestEnvironment#READER} and connects to it. */
    private PcscTransport insertAndConnect() throws TransportException {
        insertCard(VpcdOptions.defaults());
        transport = readers.connect(readers.find(READER), CARD_WAIT);
        assertArrayEquals(EchoTestCard.ATR, transport.atr(), "another card is in " + READER);
        return transport;
    }

    private void insertCard(VpcdOptions options) {
        insertCard(new EchoTestCard(), options);
    }

    private void insertCard(EchoTestCard testCard, VpcdOptions options) {
        card = testCard;
        connector = new VpcdConnector(card, options).start();
    }

    @AfterEach
    void removeCard() throws Exception {
        if (transport != null) {
            transport.close();
        }
        if (connector != null) {
            connector.close();
            awaitCardPresent(false);
        }
    }

    private static void awaitCardPresent(boolean present) throws Exception {
        long deadline = System.nanoTime() + CARD_WAIT.toNanos();
        while (readers.find(READER).cardPresent() != present) {
            if (System.nanoTime() > deadline) {
                fail(READER + " still " + (present ? "has no card" : "has a card") + " after " + CARD_WAIT);
            }
            Thread.sleep(50);
        }
    }

    private ResponseApdu send(CommandApdu command) throws TransportException {
        return new ResponseApdu(transport.exchange(command.encode()));
    }

    @Test
    void listsBothVirtualReadersAndSeesTheCard() throws Exception {
        insertAndConnect();

        var list = readers.list();

        PcscReader withCard = list.stream().filter(r -> r.name().equals(READER)).findFirst().orElseThrow();
        PcscReader empty = list.stream().filter(r -> r.name().equals(EMPTY_READER)).findFirst().orElseThrow();
        assertTrue(withCard.cardPresent());
        assertFalse(empty.cardPresent());
        assertEquals(list.indexOf(withCard), withCard.index());
    }

    @Test
    void findsTheReaderByNameSubstringAndIndex() throws Exception {
        PcscReader byName = readers.find(READER);

        assertEquals(READER, byName.name());
        assertEquals(READER, readers.find("virtual pcd 00 00").name());
        assertEquals(READER, readers.find(String.valueOf(byName.index())).name());
        assertEquals(READER, readers.find("pcd 00 00").name());
        TransportException ambiguous = assertThrows(TransportException.class, () -> readers.find("Virtual PCD"));
        assertEquals(Reason.READER_NOT_FOUND, ambiguous.reason());
        assertTrue(ambiguous.getMessage().contains("'" + READER + "'")
                && ambiguous.getMessage().contains("'" + EMPTY_READER + "'"), ambiguous.getMessage());
        assertEquals(Reason.READER_NOT_FOUND,
                assertThrows(TransportException.class, () -> readers.find("no such reader")).reason());
        assertEquals(Reason.READER_NOT_FOUND,
                assertThrows(TransportException.class, () -> readers.find("999")).reason());
    }

    @Test
    void waitsForACardThatArrivesLater() throws Exception {
        PcscReader reader = readers.find(READER);
        assertFalse(reader.cardPresent());
        CompletableFuture<PcscTransport> connecting = CompletableFuture.supplyAsync(() -> {
            try {
                return readers.connect(reader, CARD_WAIT);
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(connecting.isDone(), "connect should wait for the card");

        insertCard(VpcdOptions.defaults());
        transport = connecting.get(CARD_WAIT.toSeconds() + 5, TimeUnit.SECONDS);

        assertTrue(connector.isConnected());
        assertArrayEquals(EchoTestCard.ATR, transport.atr());
        assertEquals("T=1", transport.protocol());
        assertTrue(transport.supportsExtendedLength());
        assertEquals(READER, transport.reader());
    }

    @Test
    void waitsForTheCardsRemovalAndSaysWhenItStays() throws Exception {
        insertCard(VpcdOptions.defaults());
        PcscReader reader = readers.find(READER);
        readers.waitForCard(reader, CARD_WAIT);

        TransportException stays = assertThrows(TransportException.class,
                () -> readers.waitForRemoval(reader, Duration.ofMillis(300)));
        CompletableFuture<Void> removal = CompletableFuture.runAsync(() -> {
            try {
                readers.waitForRemoval(reader, CARD_WAIT);
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(removal.isDone(), "waitForRemoval returned while the card was in");
        connector.close();
        removal.get(CARD_WAIT.toSeconds(), TimeUnit.SECONDS);
        readers.waitForRemoval(reader, Duration.ZERO);

        assertEquals(Reason.TIMEOUT, stays.reason());
        assertEquals("The card is still in the reader '" + READER + "' after waiting 300 ms for its removal",
                stays.getMessage());
        assertEquals(Reason.NO_CARD, assertThrows(TransportException.class,
                () -> readers.waitForCard(reader, Duration.ZERO)).reason());
    }

    @Test
    void aCardWithoutT1IsConnectedWithT0AndGetsShortApdusOnly() throws Exception {
        insertCard(new EchoTestCard(EchoTestCard.ATR_T0), VpcdOptions.defaults());
        transport = readers.connect(readers.find(READER), CARD_WAIT);

        assertEquals("T=0", transport.protocol());
        assertFalse(transport.supportsExtendedLength());
        assertArrayEquals(EchoTestCard.counting(16), send(CommandApdu.of(0x80, 0x20, 0, 0, 16)).data());
        assertEquals(ResponseApdu.of(0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, new byte[] {1, 2}, 2)),
                "on T=0 the Le of a case 4 command is dropped; a T=0 card answers 61xx instead");
        TransportException e = assertThrows(TransportException.class,
                () -> send(CommandApdu.of(0x80, 0x20, 0, 0, 16).asExtended()));
        assertEquals(Reason.PROTOCOL, e.reason(), e.getMessage());
    }

    @Test
    void anEmptyReaderIsNoCardAfterTheTimeout() throws Exception {
        PcscReader empty = readers.find(EMPTY_READER);

        long start = System.nanoTime();
        TransportException waited = assertThrows(TransportException.class,
                () -> readers.connect(empty, Duration.ofMillis(400)));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        TransportException immediate = assertThrows(TransportException.class,
                () -> readers.connect(empty, Duration.ZERO));

        assertEquals(Reason.NO_CARD, waited.reason());
        assertEquals("No card in the reader '" + EMPTY_READER + "' after waiting 400 ms", waited.getMessage());
        assertTrue(waitedMillis >= 350, "returned after " + waitedMillis + " ms");
        assertEquals(Reason.NO_CARD, immediate.reason());
    }

    @Test
    void shortCases1To4() throws Exception {
        insertAndConnect();
        byte[] data = {1, 2, 3, 4, 5};

        assertEquals(0x9000, send(CommandApdu.of(0x00, 0xA4, 0x04, 0x00, EchoTestCard.AID)).sw());
        byte[] otherAid = {(byte) 0xA0, 0, 0, 0, 0x63};
        assertEquals(0x6A82, send(CommandApdu.of(0x00, 0xA4, 0x04, 0x00, otherAid)).sw());
        assertEquals(ResponseApdu.of(0x9000), send(CASE_1));
        assertEquals(ResponseApdu.of(EchoTestCard.counting(16), 0x9000), send(CommandApdu.of(0x80, 0x20, 0, 0, 16)));
        assertEquals(ResponseApdu.of(EchoTestCard.counting(256), 0x9000), send(CommandApdu.of(0x80, 0x20, 0, 0, 256)));
        assertEquals(ResponseApdu.of(0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data)));
        assertEquals(ResponseApdu.of(data, 0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data, 256)));
        byte[] full = EchoTestCard.counting(255);
        assertEquals(ResponseApdu.of(full, 0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, full, 255)));
    }

    @Test
    void extendedCases2To4() throws Exception {
        insertAndConnect();
        byte[] data = EchoTestCard.counting(3000);

        assertArrayEquals(EchoTestCard.counting(4096), send(CommandApdu.of(0x80, 0x20, 0, 0, 4096)).data());
        assertArrayEquals(EchoTestCard.counting(8190), send(CommandApdu.of(0x80, 0x20, 0, 0, 8190)).data());
        assertArrayEquals(EchoTestCard.counting(16), send(CommandApdu.of(0x80, 0x20, 0, 0, 16).asExtended()).data());
        assertEquals(ResponseApdu.of(0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data)));
        assertEquals(ResponseApdu.of(data, 0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data, 3000)));
        assertEquals(ResponseApdu.of(new byte[] {7}, 0x9000),
                send(CommandApdu.of(0x80, 0x10, 0, 0, new byte[] {7}, 1).asExtended()));
    }

    @Test
    void responsesBeyond8192BytesAreRefusedByTheJdk() throws Exception {
        insertAndConnect();

        TransportException e = assertThrows(TransportException.class,
                () -> send(CommandApdu.of(0x80, 0x20, 0, 0, 8191)));

        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains("SCARD_E_INSUFFICIENT_BUFFER"), e.getMessage());
        assertEquals(ResponseApdu.of(0x9000), send(CASE_1), "the connection survives");
    }

    @Test
    void theJdkFollows61xxWithGetResponse() throws Exception {
        insertAndConnect();

        ResponseApdu response = send(CommandApdu.of(0x80, 0x30, 0x02, 0xBC));

        assertEquals(ResponseApdu.of(EchoTestCard.counting(700), 0x9000), response);
        assertEquals(3, card.commands.get(), "the command and two GET RESPONSE");
    }

    @Test
    void theJdkResendsWithTheLeA6CxxAsksFor() throws Exception {
        insertAndConnect();

        ResponseApdu response = send(CommandApdu.of(0x80, 0x22, 0x00, 0x10, 0x20));

        assertEquals(ResponseApdu.of(EchoTestCard.counting(16), 0x9000), response);
        assertEquals(2, card.commands.get());
    }

    @Test
    void theJdkRefusesManageChannel() throws Exception {
        insertAndConnect();

        TransportException e = assertThrows(TransportException.class,
                () -> send(CommandApdu.of(0x00, 0x70, 0x00, 0x00, 1)));

        assertEquals(Reason.PROTOCOL, e.reason());
        assertEquals(0, card.commands.get());
    }

    @Test
    void aFailingCardAnswers6F00AndStaysInTheReader() throws Exception {
        insertAndConnect();

        assertEquals(0x6F00, send(CommandApdu.of(0x80, 0x50, 0, 0)).sw());
        assertEquals(0x9000, send(CASE_1).sw());
    }

    @Test
    void exclusiveAccessKeepsOtherProgramsWaiting() throws Exception {
        PcscTestEnvironment.requirePerlPcsc();
        insertAndConnect();

        try (OtherPcscProgram other = OtherPcscProgram.transmittingOnce(READER)) {
            try (ExclusiveAccess held = transport.exclusive()) {
                assertNull(other.nextLine(Duration.ofSeconds(1)), "the other program got in during our transaction");
                assertEquals(0x9000, send(CASE_1).sw());
                // Every call runs on the connection's own thread, so javax.smartcardio's rule that
                // only the thread that began exclusive access may transmit no longer shows.
                int otherThread = CompletableFuture.supplyAsync(() -> {
                    try {
                        return send(CASE_1).sw();
                    } catch (TransportException e) {
                        throw new IllegalStateException(e);
                    }
                }).get();
                assertEquals(0x9000, otherThread);
            }
            assertEquals("CONNECTED", other.nextLine(CARD_WAIT));
            assertEquals("SW 9000", other.nextLine(CARD_WAIT));
        }
        assertEquals(3, card.commands.get(), "ours and our other thread's, then the other program's");
    }

    @Test
    void aReaderHeldExclusivelyByAnotherProgramIsInUse() throws Exception {
        PcscTestEnvironment.requirePerlPcsc();
        insertCard(VpcdOptions.defaults());
        awaitCardPresent(true);
        PcscReader reader = readers.find(READER);

        try (OtherPcscProgram other = OtherPcscProgram.holdingExclusively(READER)) {
            assertEquals("CONNECTED", other.nextLine(CARD_WAIT));

            TransportException e = assertThrows(TransportException.class, () -> readers.connect(reader, CARD_WAIT));

            assertEquals(Reason.READER_IN_USE, e.reason());
            assertTrue(e.getMessage().contains(READER) && e.getMessage().contains("another program"), e.getMessage());
        }
        transport = readers.connect(reader, CARD_WAIT);
        assertEquals(0x9000, send(CASE_1).sw());
    }

    @Test
    void pullingTheCardMidSessionIsCardRemoved() throws Exception {
        insertAndConnect();
        assertEquals(0x9000, send(CASE_1).sw());

        connector.close();
        TransportException atOnce = assertThrows(TransportException.class, () -> send(CASE_1));
        awaitCardPresent(false);
        TransportException later = assertThrows(TransportException.class, () -> send(CASE_1));

        assertEquals(Reason.CARD_REMOVED, atOnce.reason(), atOnce.getMessage());
        assertEquals(Reason.CARD_REMOVED, later.reason(), later.getMessage());
        transport.close();
    }

    @Test
    void aCardThatLeavesInsteadOfAnsweringIsCardRemovedWithoutHanging() throws Exception {
        card = new EchoTestCard();
        connector = new LeavingTestCard(card, 0).insert();
        transport = readers.connect(readers.find(READER), CARD_WAIT);

        TransportException e = assertTimeoutPreemptively(FAULT_BOUND,
                () -> assertThrows(TransportException.class, () -> send(CASE_1)));

        assertEquals(Reason.CARD_REMOVED, e.reason(), e.getMessage());
        // vpcd reports the lost card either as an empty answer or as SCARD_E_NOT_TRANSACTED, by timing.
        assertTrue(e.getMessage().contains("(reader '" + READER + "')")
                && e.getMessage().contains("it was removed or lost contact"), e.getMessage());
    }

    /**
     * A hazard of the JDK's own GET RESPONSE: when vpcd reports the lost card as an empty answer
     * (it sometimes reports SCARD_E_NOT_TRANSACTED instead), the JDK returns the data collected so
     * far without a status word (its last two data bytes pose as one), and only the next command
     * fails. The JNA backend leaves 61xx to the caller and so sees every empty answer.
     */
    @Test
    void aCardLeavingDuringTheJdksGetResponseChainNeverHangs() throws Exception {
        card = new EchoTestCard();
        connector = new LeavingTestCard(card, 1).insert();
        transport = readers.connect(readers.find(READER), CARD_WAIT);

        Object outcome = assertTimeoutPreemptively(FAULT_BOUND, () -> {
            try {
                return transport.exchange(CommandApdu.of(0x80, 0x30, 0x02, 0xBC).encode());
            } catch (TransportException e) {
                return e;
            }
        });
        TransportException next = assertTimeoutPreemptively(FAULT_BOUND,
                () -> assertThrows(TransportException.class, () -> send(CASE_1)));

        if (outcome instanceof TransportException e) {
            assertEquals(Reason.CARD_REMOVED, e.reason(), e.getMessage());
        } else {
            assertArrayEquals(EchoTestCard.counting(256), (byte[]) outcome, "the data before the card left");
        }
        assertEquals(Reason.CARD_REMOVED, next.reason(), next.getMessage());
        assertEquals(1, card.commands.get(), "the JDK's GET RESPONSE never reached the card");
    }

    @Test
    void aClosedTransportSaysClosed() throws Exception {
        insertAndConnect();
        transport.close();
        transport.close();

        TransportException e = assertThrows(TransportException.class, () -> send(CASE_1));

        assertEquals(Reason.CLOSED, e.reason());
    }

    /** Not a timed assertion: prints the cost of one APDU round trip through pcscd and vpcd. */
    @Test
    void measuresTheRoundTripWithAndWithoutQuickAck() throws Exception {
        double withQuickAck = millisPerApdu(true, 500);
        double withoutQuickAck = millisPerApdu(false, 20);

        System.out.printf("vpcd round trip per APDU: %.3f ms with TCP_QUICKACK re-armed, %.3f ms without%n",
                withQuickAck, withoutQuickAck);
        assertEquals(5 + 20, card.commands.get(), "every APDU reached the card");
    }

    private double millisPerApdu(boolean quickAck, int count) throws Exception {
        if (connector != null) {
            transport.close();
            connector.close();
            awaitCardPresent(false);
        }
        insertCard(VpcdOptions.defaults().withQuickAck(quickAck));
        transport = readers.connect(readers.find(READER), CARD_WAIT);
        for (int i = 0; i < 5; i++) {
            send(CASE_1);
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            send(CASE_1);
        }
        return (System.nanoTime() - start) / 1e6 / count;
    }
}
