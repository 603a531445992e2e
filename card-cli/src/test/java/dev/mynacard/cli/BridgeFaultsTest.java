/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static dev.mynacard.cli.SimulatedPhone.ins;
import static dev.mynacard.cli.SimulatedPhone.nth;
import static dev.mynacard.cli.SimulatedPhone.verifyWithPin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynacard.apdu.bridge.BridgeAddress;
import dev.mynacard.cli.output.QrText;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.issue.DefaultCard;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong with a phone as the reader, each with its exit code and message, in bounded
 * time, without a stack trace or a half-written file, and without any command sent twice: no
 * phone, a phone that goes silent, a card that leaves the phone's field in the middle of a read,
 * of a signature or of a VERIFY, a port that is taken. Also what listening beyond this machine
 * shows, and the app's listen mode.
 */
class BridgeFaultsTest {
    /** A failure is reported at most this long after its cause (the waits and timeouts given excluded). */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private CliRunner cli;
    private int port;

    @BeforeEach
    void freshCardAndPort() {
        cli = new CliRunner(dir.resolve("home"));
        port = SimulatedPhone.freePort();
    }

    @Test
    void noPhoneWithinTheWait() {
        Timed<CliRunner.Result> result = timed(() -> cli.run("--bridge", "127.0.0.1:" + port, "--wait", "1", "--json",
                "pin", "status"));

        assertFailure(result.value(), 13, "no-card", "No phone brought a card in time.");
        assertTrue(result.value().err().startsWith("mynacard: waiting up to 1 s for the phone on vpcd://127.0.0.1:" + port),
                "progress goes to stderr even with --json: " + result.value());
        assertTrue(result.took().compareTo(Duration.ofSeconds(1).plus(PROMPTLY)) < 0, result.toString());

        CliRunner.Result japanese = cli.locale(Locale.JAPAN).run("--bridge", Integer.toString(port), "--wait", "0.2",
                "pin", "status");
        assertEquals(13, japanese.status());
        assertTrue(japanese.err().contains("\nmynacard: 時間内にスマートフォンからカードが届きませんでした。"), japanese::toString);
    }

    @Test
    void aSilentPhoneIsATimeoutAndNothingIsSentAgain() {
        Predicate<byte[]> firstQuery = nth(ins(0x20), 1);
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port)
                .answeringLate(firstQuery, Duration.ofMillis(1500)).start()) {
            Timed<CliRunner.Result> result = timed(() -> cli.run("--bridge", Integer.toString(port), "--apdu-timeout",
                    "0.5", "--json", "pin", "status"));

            assertFailure(result.value(), 18, "timeout", "The phone stopped answering");
            assertTrue(result.took().compareTo(Duration.ofMillis(500).plus(PROMPTLY)) < 0, result.toString());
            assertEquals(1, phone.count(ins(0x20)), "the unanswered command was not sent again: " + phone.seen());
        }
    }

    @Test
    void aCardLostInTheMiddleOfAReadLeavesNoFile() throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("auth.pem");
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port)
                .losingTheCardAfter(nth(ins(0xB0), 2)).start()) {
            Timed<CliRunner.Result> result = timed(() -> cli.run("--bridge", Integer.toString(port), "--json",
                    "cert", "show", "auth", "--format", "pem", "--out", out.toString()));

            assertFailure(result.value(), 14, "card-removed", "The phone lost the card, or the app stopped, during the command.");
            assertTrue(result.took().compareTo(PROMPTLY) < 0, result.toString());
        }
        try (Stream<Path> left = Files.list(outDir)) {
            assertEquals(List.of(), left.toList(), "neither the file nor a temporary one");
        }
    }

    @Test
    void aPhoneGoneInTheMiddleOfASignatureSentEachCommandOnce() throws Exception {
        Path document = Files.writeString(dir.resolve("application.txt"), "申請します。\n");
        List<String> whole;
        CliRunner other = new CliRunner(dir.resolve("other"));
        try (SimulatedPhone phone = SimulatedPhone.holding(other.stateFile(), port).start()) {
            assertEquals(0, other.runWithStdin("ABC123\n", "--bridge", Integer.toString(port), "--pin-stdin", "sign",
                    document.toString()).status());
            whole = phone.seen();
            Files.delete(Path.of(document + ".p7s"));
        }

        CliRunner.Result result;
        AtomicLong gone = new AtomicLong();
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port)
                .answeringLate(ins(0x2A), Duration.ofMillis(1500)).start()) {
            Thread leaving = new Thread(() -> {
                try {
                    awaitSeen(phone, "2A");
                } catch (InterruptedException e) {
                    return;
                }
                gone.set(System.nanoTime());
                phone.leave(); // the card slips away while it computes the signature
            });
            leaving.start();
            result = cli.runWithStdin("ABC123\n", "--bridge", Integer.toString(port), "--pin-stdin", "--json",
                    "sign", document.toString());
            Duration reported = Duration.ofNanos(System.nanoTime() - gone.get());
            leaving.join();

            assertTrue(reported.compareTo(PROMPTLY) < 0, "reported " + reported + " after the card left");
            assertEquals(whole, phone.seen(), "the commands of a signature that succeeds, each once, the signature last");
        }
        assertEquals("2A", whole.get(whole.size() - 1));
        assertFailure(result, 14, "card-removed", "The phone lost the card");
        assertFalse(Files.exists(Path.of(document + ".p7s")), "no signature file");
        assertEquals(5, remaining("sign"), "the right password: all 5 tries");
    }

    @Test
    void aWrongPinWhoseAnswerIsLostCostsExactlyOneTry() {
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port)
                .losingTheCardAfter(verifyWithPin()).start()) {
            CliRunner.Result result = cli.runWithStdin("9999\n", "--bridge", Integer.toString(port), "--pin-stdin",
                    "--json", "pin", "verify", "auth");

            assertFailure(result, 14, "card-removed", "The phone lost the card");
            assertTrue(result.json().at("/error/message").asText().contains("nothing that spends a PIN try was sent twice"));
            assertEquals(1, phone.count(verifyWithPin()));
        }
        assertEquals(2, remaining("auth"), "one VERIFY reached the card, and only one");
    }

    @Test
    void aPinChangeWhoseAnswerIsLostWasSentOnceAndTookEffect() {
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port)
                .losingTheCardAfter(ins(0x24)).start()) {
            CliRunner.Result result = cli.runWithStdin("1234\n5678\n", "--bridge", Integer.toString(port), "--pin-stdin",
                    "--json", "pin", "change", "text");

            assertFailure(result, 14, "card-removed", "The phone lost the card");
            assertEquals(1, phone.count(ins(0x24)), phone.seen().toString());
        }
        CliRunner.Result newPin = cli.runWithStdin("5678\n", "--sim-state", cli.stateFile().toString(), "--pin-stdin",
                "--json", "pin", "verify", "text");
        assertEquals(0, newPin.status(), "the card changed it before its answer was lost: " + newPin);
    }

    @Test
    void aTakenPortIsBridgeUnavailable() throws Exception {
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            CliRunner.Result result = cli.run("--bridge", Integer.toString(port), "--json", "pin", "status");

            assertFailure(result, 19, "bridge-unavailable",
                    "The phone bridge cannot use this address: cannot listen on 127.0.0.1:" + port);
        }
    }

    @Test
    void listeningBeyondThisMachineWarnsAndShowsEachAddressAsAQrCode() throws Exception {
        CliRunner.Result result;
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port).start()) {
            result = cli.terminal(true).run("--bridge", "0.0.0.0:" + port, "--json", "pin", "status");
        }

        assertEquals(0, result.status(), result::toString);
        assertEquals(4, result.json().get("pins").size(), "stdout holds the JSON alone");
        List<String> err = result.err().lines().toList();
        assertTrue(err.get(0).startsWith("mynacard: WARNING: listening on 0.0.0.0:" + port
                + " is reachable from the network, not only from this computer."), result::toString);
        List<BridgeAddress> candidates = BridgeAddress.localCandidates(port);
        if (candidates.isEmpty()) {
            assertTrue(err.get(1).startsWith("mynacard: This computer has no network address"), result::toString);
        }
        for (BridgeAddress candidate : candidates) {
            int at = err.indexOf("  " + candidate.uri());
            assertTrue(at > 0, candidate + " in " + result);
            List<String> code = err.subList(at + 1, err.size()).stream().takeWhile(line -> line.startsWith("  \u001b"))
                    .map(line -> line.substring(2)).toList();
            assertEquals(candidate.uri(), QrText.decode(code), "the QR code holds the address");
        }
        assertTrue(result.err().contains("mynacard: waiting up to 120 s for the phone on port " + port
                + " of every network interface"), result::toString);
    }

    @Test
    void onLoopbackThereIsNeitherWarningNorQrCode() {
        CliRunner.Result result;
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port).start()) {
            result = cli.terminal(true).run("--bridge", Integer.toString(port), "pin", "status");
        }

        assertEquals(0, result.status(), result::toString);
        assertEquals(3, result.err().lines().count(), "waiting, phone connected, card present: " + result);
        assertFalse(result.err().contains("WARNING"), result::toString);
    }

    @Test
    void theAppsListenMode() throws Exception {
        PersistentCard card = PersistentCard.open(cli.stateFile(), DefaultCard::image, warning -> { });
        try (ListenModePhone phone = ListenModePhone.serving(card)) {
            CliRunner.Result result = cli.run("--bridge-connect", "127.0.0.1:" + phone.port(), "--json", "pin", "status");

            assertEquals(0, result.status(), result::toString);
            assertEquals(3, result.json().at("/pins/0/remaining").asInt());
            assertTrue(result.err().startsWith("mynacard: connecting to the phone at vpcd://127.0.0.1:" + phone.port()
                    + " for up to 120 s: hold the card to the phone (the app in listen mode)\n"), result::toString);
        }

        Timed<CliRunner.Result> nobody = timed(() -> cli.run("--bridge-connect", "127.0.0.1:" + port, "--wait", "1",
                "pin", "status"));
        assertEquals(13, nobody.value().status(), nobody::toString);
        assertTrue(nobody.value().err().contains("did not present a card within 1 s"), nobody::toString);
        assertTrue(nobody.took().compareTo(Duration.ofSeconds(1).plus(PROMPTLY)) < 0, nobody.toString());
    }

    /** Tries left of a PIN of the card in the state file, read without a phone. */
    private int remaining(String pin) {
        JsonNode pins = cli.run("--sim-state", cli.stateFile().toString(), "--json", "pin", "status").json().get("pins");
        for (JsonNode status : pins) {
            if (status.get("id").asText().equals(pin)) {
                return status.get("remaining").asInt();
            }
        }
        throw new AssertionError("no " + pin + " in " + pins);
    }

    private static void assertFailure(CliRunner.Result result, int status, String code, String messageStart) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(code, result.json().at("/error/code").asText(), result::toString);
        assertTrue(result.json().at("/error/message").asText().startsWith(messageStart), result::toString);
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    private static void awaitSeen(SimulatedPhone phone, String ins) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!phone.seen().contains(ins)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the card never saw INS " + ins + ": " + phone.seen());
            }
            Thread.sleep(5);
        }
    }

    record Timed<T>(T value, Duration took) {
    }

    private static <T> Timed<T> timed(Supplier<T> action) {
        long start = System.nanoTime();
        T value = action.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
