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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kills pcscd in the middle of sessions and starts it again, in one JVM: the JNA backend fails
 * fast while the daemon is gone and works again afterwards; javax.smartcardio fails fast too but
 * stays broken. Runs in a JVM of its own (tag "own-jvm", see card-apdu/pom.xml), since the JDK's
 * PC/SC context is useless after the restart, and leaves a pcscd running ({@link Pcscd}).
 */
@Tag("own-jvm")
class JnaPcscdRestartTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final CommandApdu CASE_1 = CommandApdu.of(0x80, 0x40, 0x00, 0x00);

    private static PcscReaders jdk;
    private static JnaPcsc jna;
    private static VpcdConnector connector;

    @BeforeAll
    static void requireARestartablePcscd() {
        jdk = PcscTestEnvironment.requireVirtualReaders();
        Pcscd.requireRestartable();
    }

    @AfterAll
    static void leaveAPcscdRunning() throws Exception {
        if (connector != null) {
            connector.close();
        }
        Pcscd.ensureRunning();
    }

    @Test
    void jnaWorksAgainAfterPcscdIsKilledAndRestartedWhileBothBackendsFailFast() throws Exception {
        jna = JnaPcsc.open();
        // The card reconnects by itself once the new pcscd's vpcd listens again.
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

        long killedAt = System.nanoTime();
        Pcscd.kill(Pcscd.running().orElseThrow());

        TransportException jnaTransmit = failsWithin(() -> sw(jnaSession));
        TransportException jdkTransmit = failsWithin(() -> sw(jdkSession));
        TransportException jnaWait = failureOf(jnaWaiting);
        TransportException jdkWait = failureOf(jdkWaiting);
        TransportException jnaList = failsWithin(jna::list);
        long failedWithinMillis = (System.nanoTime() - killedAt) / 1_000_000;
        String chosenWhileDown = chooseInAFreshJvm("auto");

        Pcscd.startDetached();
        long restartedAt = System.nanoTime();
        awaitTheCardAfterTheRestart(reader);
        long readyMillis = (System.nanoTime() - restartedAt) / 1_000_000;

        assertOneOperationWorks(jna);
        TransportException oldJnaSession = failsWithin(() -> sw(jnaSession));
        jnaSession.close();
        TransportException jdkAfter = failsWithin(jdk::list);
        jdkSession.close();

        System.out.printf("pcscd killed: every call failed within %d ms; restarted pcscd found the card after %d ms%n",
                failedWithinMillis, readyMillis);
        for (TransportException e : new TransportException[] {jnaTransmit, jdkTransmit, jnaWait, jdkWait, jnaList,
                oldJnaSession, jdkAfter}) {
            System.out.println(e.reason() + ": " + e.getMessage());
        }
        System.out.println("auto while down: " + chosenWhileDown);
        assertEquals(Reason.NO_SERVICE, jnaTransmit.reason(), jnaTransmit.getMessage());
        assertEquals(Reason.NO_SERVICE, jnaWait.reason(), jnaWait.getMessage());
        assertEquals(Reason.NO_SERVICE, jnaList.reason(), jnaList.getMessage());
        assertEquals(Reason.NO_SERVICE, oldJnaSession.reason(), oldJnaSession.getMessage());
        assertEquals(Reason.NO_SERVICE, jdkTransmit.reason(), jdkTransmit.getMessage());
        assertEquals(Reason.NO_SERVICE, jdkWait.reason(), jdkWait.getMessage());
        assertEquals(Reason.NO_SERVICE, jdkAfter.reason(), jdkAfter.getMessage());
        assertTrue(jdkAfter.getMessage().contains("restart the program"), jdkAfter.getMessage());
        assertEquals("jna", chosenWhileDown, "javax.smartcardio reports no service in a JVM started without pcscd");
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

    private static TransportException failureOf(CompletableFuture<Void> waiting) throws Exception {
        try {
            waiting.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (TransportException) e.getCause().getCause();
        }
        return fail("the wait ended without a failure");
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static TransportException failsWithin(Call call) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(TransportException.class, call::run));
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
