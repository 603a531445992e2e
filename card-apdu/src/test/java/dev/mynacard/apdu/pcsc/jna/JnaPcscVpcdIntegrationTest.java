/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

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
import dev.mynacard.apdu.decorator.GetResponseTransport;
import dev.mynacard.apdu.pcsc.EchoTestCard;
import dev.mynacard.apdu.pcsc.LeavingTestCard;
import dev.mynacard.apdu.pcsc.OtherPcscProgram;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import dev.mynacard.apdu.pcsc.jna.JnaPcscOptions.Disposition;
import dev.mynacard.apdu.pcsc.jna.JnaPcscOptions.ShareMode;
import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JNA backend against the real stack: libpcsclite, pcscd, vsmartcard's vpcd reader driver and
 * a test card served over TCP by {@link VpcdConnector}. Nothing in between is simulated.
 *
 * <p>Runs in a JVM of its own (tag "own-jvm", see card-apdu/pom.xml): javax.smartcardio never
 * disconnects a card handle once the card was pulled, and pcscd counts such a leftover handle
 * against every later exclusive connection to the reader until that JVM exits.
 */
@Tag("own-jvm")
class JnaPcscVpcdIntegrationTest {
    private static final Duration CARD_WAIT = Duration.ofSeconds(10);
    /** Bound for every fault: each must end with an exception well before this. */
    private static final Duration FAULT_BOUND = Duration.ofSeconds(10);
    private static final CommandApdu CASE_1 = CommandApdu.of(0x80, 0x40, 0x00, 0x00);

    private static List<PcscReader> jdkList;
    private static JnaPcsc pcsc;

    private EchoTestCard echo;
    private VpcdConnector connector;
    private JnaPcscTransport transport;

    @BeforeAll
    static void requireTheStack() throws TransportException {
        jdkList = PcscTestEnvironment.requireVirtualReaders().list();
        pcsc = JnaPcsc.open();
    }

    private JnaPcscTransport insertAndConnect() throws TransportException {
        return insertAndConnect(pcsc);
    }

    private JnaPcscTransport insertAndConnect(JnaPcsc backend) throws TransportException {
        insertCard(new EchoTestCard());
        transport = backend.connect(backend.find(READER), CARD_WAIT);
        assertArrayEquals(EchoTestCard.ATR, transport.atr(), "another card is in " + READER);
        return transport;
    }

    private void insertCard(EchoTestCard testCard) {
        insertCard(testCard, testCard);
    }

    private void insertCard(EchoTestCard testCard, VirtualCard served) {
        echo = testCard;
        connector = new VpcdConnector(served).start();
    }

    @AfterEach
    void removeCard() throws Exception {
        if (transport != null) {
            transport.close();
        }
        if (connector != null) {
            connector.close();
            pcsc.waitForRemoval(pcsc.find(READER), CARD_WAIT);
        }
    }

    private ResponseApdu send(CommandApdu command) throws TransportException {
        return new ResponseApdu(transport.exchange(command.encode()));
    }

    private static <T> CompletableFuture<T> inBackground(Attempt<T> attempt) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return attempt.run();
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private interface Attempt<T> {
        T run() throws TransportException;
    }

    private static TransportException failureOf(CompletableFuture<?> future) throws Exception {
        try {
            future.get(FAULT_BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause().getCause() instanceof TransportException failure) {
                return failure;
            }
            throw e;
        }
        return fail("expected a TransportException");
    }

    @Test
    void listsTheSameReadersAsTheJdkWithTheCardPresence() throws Exception {
        insertCard(new EchoTestCard());
        pcsc.waitForCard(pcsc.find(READER), CARD_WAIT);

        List<PcscReader> list = pcsc.list();

        assertEquals(jdkList.stream().map(PcscReader::name).toList(), list.stream().map(PcscReader::name).toList());
        PcscReader withCard = list.stream().filter(r -> r.name().equals(READER)).findFirst().orElseThrow();
        PcscReader empty = list.stream().filter(r -> r.name().equals(EMPTY_READER)).findFirst().orElseThrow();
        assertTrue(withCard.cardPresent());
        assertFalse(empty.cardPresent());
        assertEquals(list.indexOf(withCard), withCard.index());
        assertEquals("jna", pcsc.name());
    }

    @Test
    void findsReadersByPartOfTheName() throws Exception {
        assertEquals(READER, pcsc.find("pcd 00 00").name());
        TransportException ambiguous = assertThrows(TransportException.class, () -> pcsc.find("Virtual PCD"));
        assertEquals(Reason.READER_NOT_FOUND, ambiguous.reason());
    }

    @Test
    void waitsForACardInsertedAfterTheWaitBeganAndForItsRemoval() throws Exception {
        PcscReader reader = pcsc.find(READER);
        assertFalse(reader.cardPresent());
        CompletableFuture<Boolean> inserted = inBackground(() -> {
            pcsc.waitForCard(reader, CARD_WAIT);
            return true;
        });
        Thread.sleep(300);
        assertFalse(inserted.isDone(), "waitForCard returned before the card came");

        insertCard(new EchoTestCard());
        long start = System.nanoTime();
        assertTrue(inserted.get(CARD_WAIT.toSeconds(), TimeUnit.SECONDS));
        long insertionMillis = (System.nanoTime() - start) / 1_000_000;

        CompletableFuture<Boolean> removed = inBackground(() -> {
            pcsc.waitForRemoval(reader, CARD_WAIT);
            return true;
        });
        Thread.sleep(300);
        assertFalse(removed.isDone(), "waitForRemoval returned while the card was in");
        connector.close();
        assertTrue(removed.get(CARD_WAIT.toSeconds(), TimeUnit.SECONDS));
        assertFalse(pcsc.find(READER).cardPresent());
        System.out.printf("JNA waitForCard returned %d ms after the card connected to vpcd%n", insertionMillis);
    }

    @Test
    void waitsEndWithTheirOwnReasonAfterTheTimeout() throws Exception {
        PcscReader empty = pcsc.find(EMPTY_READER);

        long start = System.nanoTime();
        TransportException noCard = assertThrows(TransportException.class,
                () -> pcsc.waitForCard(empty, Duration.ofMillis(400)));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        TransportException immediate = assertThrows(TransportException.class,
                () -> pcsc.connect(empty, Duration.ZERO));
        pcsc.waitForRemoval(empty, Duration.ZERO);

        assertEquals(Reason.NO_CARD, noCard.reason());
        assertEquals("No card in the reader '" + EMPTY_READER + "' after waiting 400 ms", noCard.getMessage());
        assertTrue(waitedMillis >= 390 && waitedMillis < 3000, "returned after " + waitedMillis + " ms");
        assertEquals(Reason.NO_CARD, immediate.reason());
        assertEquals("No card in the reader '" + EMPTY_READER + "'", immediate.getMessage());

        insertCard(new EchoTestCard());
        PcscReader reader = pcsc.find(READER);
        pcsc.waitForCard(reader, CARD_WAIT);
        TransportException stillThere = assertThrows(TransportException.class,
                () -> pcsc.waitForRemoval(reader, Duration.ofMillis(300)));
        assertEquals(Reason.TIMEOUT, stillThere.reason());
        assertEquals("The card is still in the reader '" + READER + "' after waiting 300 ms for its removal",
                stillThere.getMessage());
    }

    @Test
    void aWaitCanBeCancelledFromAnotherThread() throws Exception {
        PcscReader empty = pcsc.find(EMPTY_READER);
        CompletableFuture<Boolean> waiting = inBackground(() -> {
            pcsc.waitForCard(empty, Duration.ofSeconds(60));
            return true;
        });
        Thread.sleep(300);
        assertFalse(waiting.isDone());

        long start = System.nanoTime();
        pcsc.cancelWaits();
        TransportException cancelled = failureOf(waiting);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Reason.CLOSED, cancelled.reason());
        assertTrue(cancelled.getMessage().contains("cancelled") && cancelled.getMessage().contains(EMPTY_READER),
                cancelled.getMessage());
        assertTrue(millis < 2000, "the wait ended " + millis + " ms after the cancel");
    }

    @Test
    void connectsWithT1Exclusively() throws Exception {
        PcscTestEnvironment.requirePerlPcsc();
        insertAndConnect();

        assertEquals("T=1", transport.protocol());
        assertTrue(transport.supportsExtendedLength());
        assertEquals(READER, transport.reader());
        try (OtherPcscProgram other = OtherPcscProgram.transmittingOnce(READER)) {
            String line = other.nextLine(CARD_WAIT);
            assertTrue(line != null && line.startsWith("connect failed") && line.contains("Sharing violation"),
                    "the other program got: " + line);
        }
        assertEquals(0x9000, send(CASE_1).sw());
        transport.close();

        try (OtherPcscProgram other = OtherPcscProgram.transmittingOnce(READER)) {
            assertEquals("CONNECTED", other.nextLine(CARD_WAIT));
            assertEquals("SW 9000", other.nextLine(CARD_WAIT));
        }
    }

    @Test
    void aSharedConnectionLetsOthersInExceptDuringATransaction() throws Exception {
        PcscTestEnvironment.requirePerlPcsc();
        insertAndConnect(JnaPcsc.open(JnaPcscOptions.defaults().withShareMode(ShareMode.SHARED)));

        try (OtherPcscProgram other = OtherPcscProgram.transmittingOnce(READER)) {
            try (ExclusiveAccess held = transport.exclusive()) {
                assertNull(other.nextLine(Duration.ofSeconds(1)), "the other program got in during our transaction");
                assertEquals(0x9000, send(CASE_1).sw());
            }
            assertEquals("CONNECTED", other.nextLine(CARD_WAIT));
            assertEquals("SW 9000", other.nextLine(CARD_WAIT));
        }
        assertEquals(2, echo.commands.get(), "ours, then the other program's");
    }

    @Test
    void aReaderHeldExclusivelyByAnotherProgramIsInUse() throws Exception {
        PcscTestEnvironment.requirePerlPcsc();
        insertCard(new EchoTestCard());
        PcscReader reader = pcsc.find(READER);
        pcsc.waitForCard(reader, CARD_WAIT);

        try (OtherPcscProgram other = OtherPcscProgram.holdingExclusively(READER)) {
            assertEquals("CONNECTED", other.nextLine(CARD_WAIT));

            TransportException e = assertTimeoutPreemptively(FAULT_BOUND,
                    () -> assertThrows(TransportException.class, () -> pcsc.connect(reader, CARD_WAIT)));

            assertEquals(Reason.READER_IN_USE, e.reason());
            assertEquals("The reader is in use by another program (reader '" + READER
                    + "') (SCARD_E_SHARING_VIOLATION): close that program and try again", e.getMessage());
        }
        transport = pcsc.connect(reader, CARD_WAIT);
        assertEquals(0x9000, send(CASE_1).sw());
    }

    @Test
    void shortCases1To4() throws Exception {
        insertAndConnect();
        byte[] data = {1, 2, 3, 4, 5};

        assertEquals(0x9000, send(CommandApdu.of(0x00, 0xA4, 0x04, 0x00, EchoTestCard.AID)).sw());
        assertEquals(ResponseApdu.of(0x9000), send(CASE_1));
        assertEquals(ResponseApdu.of(EchoTestCard.counting(256), 0x9000), send(CommandApdu.of(0x80, 0x20, 0, 0, 256)));
        assertEquals(ResponseApdu.of(0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data)));
        assertEquals(ResponseApdu.of(data, 0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data, 256)));
        assertEquals(5, echo.commands.get());
    }

    @Test
    void extendedApdusBeyondTheJdks8192ByteLimit() throws Exception {
        insertAndConnect();
        byte[] data = EchoTestCard.counting(12000);

        assertArrayEquals(EchoTestCard.counting(12000), send(CommandApdu.of(0x80, 0x20, 0, 0, 12000)).data());
        assertEquals(ResponseApdu.of(0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data)));
        assertEquals(ResponseApdu.of(data, 0x9000), send(CommandApdu.of(0x80, 0x10, 0, 0, data, 12000)));
        // vpcd frames carry at most 65535 bytes: the longest response through it.
        assertArrayEquals(EchoTestCard.counting(65533), send(CommandApdu.of(0x80, 0x20, 0, 0, 65533)).data());
        assertArrayEquals(EchoTestCard.counting(16), send(CommandApdu.of(0x80, 0x20, 0, 0, 16).asExtended()).data());
    }

    @Test
    void answers61xxReachTheCallerAndTheDecoratorCollectsThem() throws Exception {
        insertAndConnect();

        ResponseApdu raw = send(CommandApdu.of(0x80, 0x30, 0x02, 0xBC));
        ResponseApdu collected = new GetResponseTransport(transport).transmit(CommandApdu.of(0x80, 0x30, 0x02, 0xBC));

        assertEquals(ResponseApdu.of(EchoTestCard.counting(256), 0x6100), raw);
        assertEquals(ResponseApdu.of(EchoTestCard.counting(700), 0x9000), collected);
        assertEquals(1 + 3, echo.commands.get());
    }

    @Test
    void aCardWithoutT1IsConnectedWithT0() throws Exception {
        insertCard(new EchoTestCard(EchoTestCard.ATR_T0));
        transport = pcsc.connect(pcsc.find(READER), CARD_WAIT);

        assertEquals("T=0", transport.protocol());
        assertFalse(transport.supportsExtendedLength());
        assertArrayEquals(EchoTestCard.ATR_T0, transport.atr());
        assertArrayEquals(EchoTestCard.counting(16), send(CommandApdu.of(0x80, 0x20, 0, 0, 16)).data());
    }

    @Test
    void closingWithResetResetsTheCard() throws Exception {
        AtomicInteger resets = new AtomicInteger();
        EchoTestCard testCard = new EchoTestCard();
        insertCard(testCard, new CountingResets(testCard, resets));
        JnaPcsc leaving = pcsc;
        JnaPcsc resetting = JnaPcsc.open(JnaPcscOptions.defaults().withOnClose(Disposition.RESET_CARD));

        try (JnaPcscTransport left = leaving.connect(leaving.find(READER), CARD_WAIT)) {
            assertEquals(0x9000, new ResponseApdu(left.exchange(CASE_1.encode())).sw());
        }
        int resetsAfterLeaving = resets.get();
        try (JnaPcscTransport reset = resetting.connect(resetting.find(READER), CARD_WAIT)) {
            assertEquals(0x9000, new ResponseApdu(reset.exchange(CASE_1.encode())).sw());
        }

        assertEquals(0, resetsAfterLeaving);
        assertEquals(1, resets.get());
    }

    @Test
    void aClosedTransportSaysClosedAndMalformedCommandsAreRefused() throws Exception {
        insertAndConnect();

        TransportException tooShort = assertThrows(TransportException.class, () -> transport.exchange(new byte[3]));
        transport.close();
        transport.close();
        TransportException closed = assertThrows(TransportException.class, () -> send(CASE_1));

        assertEquals(Reason.PROTOCOL, tooShort.reason());
        assertEquals(Reason.CLOSED, closed.reason());
        assertEquals("The connection to the card (reader '" + READER + "') was already closed", closed.getMessage());
    }

    @Test
    void aMissingLibraryIsNoService() {
        TransportException e = assertThrows(TransportException.class,
                () -> JnaPcsc.open(JnaPcscOptions.defaults().withLibrary("libpcsclite-missing.so.1")));

        assertEquals(Reason.NO_SERVICE, e.reason());
        assertEquals("PC/SC library not found: install pcscd/libpcsclite1 (libpcsclite-missing.so.1)", e.getMessage());
    }

    // Faults

    @Test
    void aCardPulledMidSessionIsCardRemovedAndThenNoCard() throws Exception {
        insertAndConnect();
        assertEquals(0x9000, send(CASE_1).sw());

        connector.close();
        TransportException removed = assertTimeoutPreemptively(FAULT_BOUND,
                () -> assertThrows(TransportException.class, () -> send(CASE_1)));
        pcsc.waitForRemoval(pcsc.find(READER), CARD_WAIT);
        TransportException later = assertThrows(TransportException.class, () -> send(CASE_1));
        TransportException noCard = assertThrows(TransportException.class,
                () -> pcsc.connect(pcsc.find(READER), Duration.ZERO));

        assertEquals(Reason.CARD_REMOVED, removed.reason(), removed.getMessage());
        assertTrue(removed.getMessage().contains("during transmit (reader '" + READER + "')"), removed.getMessage());
        assertEquals(Reason.CARD_REMOVED, later.reason(), later.getMessage());
        assertEquals(Reason.NO_CARD, noCard.reason());
    }

    @Test
    void aCardThatLeavesAfterTheFirstApduOfAReadIsCardRemoved() throws Exception {
        EchoTestCard testCard = new EchoTestCard();
        echo = testCard;
        connector = new LeavingTestCard(testCard, 1).insert();
        transport = pcsc.connect(pcsc.find(READER), CARD_WAIT);
        GetResponseTransport reading = new GetResponseTransport(transport);

        TransportException e = assertTimeoutPreemptively(FAULT_BOUND, () -> assertThrows(TransportException.class, () -> {
            try (ExclusiveAccess operation = reading.exclusive()) {
                reading.transmit(CommandApdu.of(0x80, 0x30, 0x02, 0xBC));
            }
        }));

        assertEquals(Reason.CARD_REMOVED, e.reason(), e.getMessage());
        // vpcd reports the lost card either as an empty answer or as SCARD_E_NOT_TRANSACTED, by timing.
        assertTrue(e.getMessage().contains("(reader '" + READER + "')")
                && e.getMessage().contains("it was removed or lost contact"), e.getMessage());
        assertEquals(1, testCard.commands.get(), "the read's first APDU reached the card, then the card left");
    }

    /** Counts the warm resets the reader asks for. */
    private record CountingResets(VirtualCard inner, AtomicInteger resets) implements VirtualCard {
        @Override
        public byte[] atr() {
            return inner.atr();
        }

        @Override
        public void reset() {
            resets.incrementAndGet();
        }

        @Override
        public byte[] process(byte[] apdu) {
            return inner.process(apdu);
        }
    }
}
