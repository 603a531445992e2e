/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.EMPTY_READER;
import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.READER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.pcsc.EchoTestCard;
import dev.mynacard.apdu.pcsc.PcscBackend;
import dev.mynacard.apdu.pcsc.PcscConnection;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import dev.mynacard.apdu.pcsc.jna.JnaPcscOptions.ShareMode;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kills pcscd in the middle of sessions and starts it again, in one JVM: the JNA backend fails
 * fast while the daemon is gone and works again afterwards; javax.smartcardio fails fast too but
 * stays broken. Runs in a JVM of its own (tag "own-jvm", see card-apdu/pom.xml), since the JDK's
 * PC/SC context is useless after the restart, and leaves a pcscd running ({@link Pcscd}). Runs
 * only with CI=true or {@code -Dmynacard.test.restartPcscd=true}: elsewhere it would kill a pcscd it
 * did not start.
 */
@Tag("own-jvm")
class JnaPcscdRestartTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final CommandApdu CASE_1 = CommandApdu.of(0x80, 0x40, 0x00, 0x00);

    private static PcscReaders jdk;
    private static JnaPcsc jna;
    private static VpcdConnector connector;
    private static boolean pcscdKilled;

    @BeforeAll
    static void requireARestartablePcscd() {
        jdk = PcscTestEnvironment.requireVirtualReaders();
        Pcscd.requireRestartable();
    }

    /** Here, not in {@link #requireARestartablePcscd()}, so that the test is reported as skipped. */
    @BeforeEach
    void requireConsent() {
        Pcscd.requireConsentToRestart();
    }

    @AfterAll
    static void leaveAPcscdRunning() throws Exception {
        if (connector != null) {
            connector.close();
        }
        if (pcscdKilled) {
            Pcscd.ensureRunning();
        }
    }

    @Test
    void jnaWorksAgainAfterPcscdIsKilledAndRestartedWhileBothBackendsFailFast() throws Exception {
        jna = JnaPcsc.open();
        // The card connects again by itself once the new pcscd's vpcd driver listens.
        connector = new VpcdConnector(new EchoTestCard(),
                VpcdOptions.defaults().withReconnectDelay(Duration.ofMillis(100))).start();
        PcscReader reader = jna.find(READER);
        jna.waitForCard(reader, BOUND);

        assertOneOperationWorks(jna);
        JnaPcscTransport jnaSession = JnaPcsc.open(JnaPcscOptions.defaults().withShareMode(ShareMode.SHARED))
                .connect(reader, BOUND);
        PcscConnection jdkSession = jdk.connect(jdk.find(READER), BOUND);
        assertEquals(0x9000, sw(jnaSession));
        assertEquals(0x9000, sw(jdkSession));
        CompletableFuture<Void> jnaWaiting = waitingForACard(jna);
        CompletableFuture<Void> jdkWaiting = waitingForACard(jdk);

        pcscdKilled = true;
        Pcscd.kill(Pcscd.running().orElseThrow());
        long killedAt = System.nanoTime();

        List<Outcome> whileDown = List.of(
                ended("JNA wait for a card", killedAt, jnaWaiting),
                ended("JDK wait for a card", killedAt, jdkWaiting),
                fails("JNA transmit in an open session", () -> sw(jnaSession)),
                fails("JDK transmit in an open session", () -> sw(jdkSession)),
                fails("JNA list", jna::list));
        String chosenWhileDown = chooseInAFreshJvm("auto");

        Pcscd.startDetached();
        long restartedAt = System.nanoTime();
        awaitTheCardAfterTheRestart(reader);
        long readyMillis = (System.nanoTime() - restartedAt) / 1_000_000;

        assertOneOperationWorks(jna);
        List<Outcome> afterRestart = List.of(
                fails("JNA transmit in the session opened before", () -> sw(jnaSession)),
                fails("JDK list", jdk::list),
                fails("JDK disconnect of the session opened before", () -> {
                    jdkSession.close();
                    return null;
                }));
        jnaSession.close();

        System.out.printf("pcscd restarted; the card was back in %s %d ms after pcscd started%n", READER, readyMillis);
        whileDown.forEach(o -> System.out.println("while pcscd was down: " + o));
        afterRestart.forEach(o -> System.out.println("after the restart: " + o));
        for (Outcome o : whileDown) {
            assertEquals(Reason.NO_SERVICE, o.failure().reason(), o.toString());
        }
        for (Outcome o : afterRestart) {
            assertEquals(Reason.NO_SERVICE, o.failure().reason(), o.toString());
        }
        assertTrue(afterRestart.get(1).failure().getMessage().contains("javax.smartcardio cannot reconnect"),
                afterRestart.get(1).toString());
        assertEquals("jna", chosenWhileDown, "in a JVM started while pcscd is down, the JDK reports no service");
    }

    /** How a call ended while or after pcscd was gone, and how long it took. */
    private record Outcome(String call, TransportException failure, long millis) {
        @Override
        public String toString() {
            return call + " failed after " + millis + " ms: " + failure.reason() + ": " + failure.getMessage();
        }
    }

    private static void assertOneOperationWorks(JnaPcsc backend) throws IOException {
        try (JnaPcscTransport card = backend.connect(backend.find(READER), BOUND)) {
            assertArrayEquals(EchoTestCard.ATR, card.atr());
            assertEquals(ResponseApdu.of(EchoTestCard.counting(12000), 0x9000),
                    card.transmit(CommandApdu.of(0x80, 0x20, 0, 0, 12000)));
        }
    }

    private static int sw(CardTransport transport) throws IOException {
        return transport.transmit(CASE_1).sw();
    }

    private static CompletableFuture<Void> waitingForACard(PcscBackend backend) throws Exception {
        PcscReader empty = backend.find(EMPTY_READER);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                backend.waitForCard(empty, Duration.ofSeconds(60));
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        return waiting;
    }

    private static Outcome ended(String call, long since, CompletableFuture<Void> waiting) throws Exception {
        try {
            waiting.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return new Outcome(call, (TransportException) e.getCause().getCause(), (System.nanoTime() - since) / 1_000_000);
        }
        return fail(call + " ended without a failure");
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static Outcome fails(String call, Call attempt) {
        long start = System.nanoTime();
        TransportException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(TransportException.class, attempt::run), call);
        return new Outcome(call, failure, (System.nanoTime() - start) / 1_000_000);
    }

    private static void awaitTheCardAfterTheRestart(PcscReader reader) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        TransportException last = null;
        while (System.nanoTime() < deadline) {
            try {
                jna.waitForCard(jna.find(reader.name()), Duration.ofMillis(200));
                return;
            } catch (TransportException notYet) {
                last = notYet;
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the restarted pcscd did not show the card in " + READER + " within " + BOUND, last);
    }

    private static String chooseInAFreshJvm(String choice) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, BackendChoiceProbe.class.getName(), choice).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS));
        return output;
    }
}
