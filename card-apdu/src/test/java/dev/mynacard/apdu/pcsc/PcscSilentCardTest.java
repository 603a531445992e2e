/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card that answers its SELECT and then stops answering, in vpcd's reader behind the real
 * pcscd, through each backend: the command ends with {@link Reason#TIMEOUT} after the APDU
 * timeout, is never sent again, closing returns at once, and the connection's thread ends (after
 * resetting the card) as soon as the card answers again or is taken out; then the card works.
 * Runs in a JVM of its own (tag "own-jvm"): the JNA backend needs exclusive access.
 */
@Tag("own-jvm")
class PcscSilentCardTest {
    private static final Duration APDU_TIMEOUT = Duration.ofSeconds(2);
    /** What the timeout may overrun by on a loaded machine; the bound, not a benchmark. */
    private static final Duration MARGIN = Duration.ofSeconds(3);
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final byte[] SELECT = CommandApdu.of(0x00, 0xA4, 0x04, 0x00, EchoTestCard.AID).encode();
    private static final byte[] SILENCING = CommandApdu.of(0x80, 0x40, 0x00, 0x00).encode();

    private static PcscReaders readers;
    private SilentTestCard card;
    private VpcdConnector connector;

    @BeforeAll
    static void requireTheStack() {
        readers = PcscTestEnvironment.requireVirtualReaders();
    }

    @AfterEach
    void removeCard() throws Exception {
        if (card != null) {
            card.answerAgain();
        }
        if (connector != null) {
            connector.close();
        }
        awaitNoCardThread();
        PcscTestEnvironment.awaitCard(readers, READER, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "jna"})
    void aSilentCardEndsTheCommandWithTimeoutAndWorksOnceItAnswersAgain(String name) throws Exception {
        PcscBackend backend = PcscBackends.choose(name);
        PcscConnection connection = insertAndConnect(backend);
        ExclusiveAccess exclusive = connection.exclusive();
        assertEquals(0x9000, sw(connection.exchange(SELECT)));

        Duration took = timeOut(connection);

        TransportException again = assertThrows(TransportException.class, () -> connection.exchange(SELECT));
        assertEquals(Reason.TIMEOUT, again.reason(), again.getMessage());
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            exclusive.close();
            connection.close();
        }, "closing an abandoned connection must not wait for the card");
        assertEquals(List.of(READER), CardThread.blockedReaders(name));
        assertEquals(1, cardThreads().size(), "the connection's thread, still waiting for the card in native code");
        if (name.equals("jdk")) {
            TransportException refused = assertTimeoutPreemptively(Duration.ofSeconds(1),
                    () -> assertThrows(TransportException.class, backend::list));
            assertEquals(Reason.TIMEOUT, refused.reason());
            assertTrue(refused.getMessage().contains("'" + READER + "', which stopped answering"), refused.getMessage());
        } else {
            assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(1), backend::list).isEmpty(),
                    "JNA opens a context of its own for each operation");
        }

        card.answerAgain();
        long answered = System.nanoTime();
        awaitNoCardThread();
        long cleanedUp = System.nanoTime() - answered;

        assertEquals(List.of(), CardThread.blockedReaders(name));
        assertTrue(card.resets.get() >= 1, "the card was reset: its selections and verified PINs are gone");
        try (PcscConnection next = backend.connect(backend.find(READER), BOUND, APDU_TIMEOUT)) {
            assertEquals(0x9000, sw(next.exchange(SILENCING)));
        }
        assertEquals(2, card.silentCommands.get(), "once in each connection: the one given up on was not sent again");
        System.out.printf("silent card (%s): TIMEOUT after %d ms with a %d ms APDU timeout; the connection's thread"
                + " ended %d ms after the card answered again%n", name, took.toMillis(), APDU_TIMEOUT.toMillis(),
                cleanedUp / 1_000_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "jna"})
    void aSilentCardTakenOutLeavesNoThreadBehind(String name) throws Exception {
        PcscBackend backend = PcscBackends.choose(name);
        PcscConnection connection = insertAndConnect(backend);
        assertEquals(0x9000, sw(connection.exchange(SELECT)));
        timeOut(connection);
        connection.close();

        // The connector's own thread is stuck in the silent card: close its connection from aside.
        Thread takingOut = new Thread(connector::close, "taking the card out");
        takingOut.start();
        awaitNoCardThread();
        card.answerAgain();
        takingOut.join(BOUND.toMillis());

        assertEquals(List.of(), CardThread.blockedReaders(name));
        assertFalse(backend.find(READER).cardPresent());
        assertEquals(1, card.silentCommands.get());
    }

    private PcscConnection insertAndConnect(PcscBackend backend) throws Exception {
        card = new SilentTestCard();
        connector = new VpcdConnector(card).start();
        PcscConnection connection = backend.connect(backend.find(READER), BOUND, APDU_TIMEOUT);
        assertEquals(List.of(), cardThreads(), "no thread is started before the first call");
        return connection;
    }

    /** Sends the command the card does not answer; asserts TIMEOUT within the APDU timeout and a margin. */
    private Duration timeOut(PcscConnection connection) throws InterruptedException {
        long start = System.nanoTime();
        TransportException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(TransportException.class, () -> connection.exchange(SILENCING)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(card.awaitSilence(0), "the card got the command");
        assertEquals(Reason.TIMEOUT, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("The card stopped answering: no answer to the command within 2000 ms"
                + " (reader '" + READER + "')"), e.getMessage());
        assertTrue(took.compareTo(APDU_TIMEOUT) >= 0 && took.compareTo(APDU_TIMEOUT.plus(MARGIN)) < 0, "took " + took);
        return took;
    }

    private static List<Thread> cardThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("mynacard card ") && t.isAlive()).toList();
    }

    private static void awaitNoCardThread() throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!cardThreads().isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("still running after " + BOUND + ": " + cardThreads());
            }
            Thread.sleep(10);
        }
    }

    private static int sw(byte[] response) {
        return new ResponseApdu(response).sw();
    }
}
