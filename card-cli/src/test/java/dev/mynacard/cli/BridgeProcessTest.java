package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.host.SimulatorMain;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone as a process of its own, as the real app is: the simulator's command line
 * ({@code mynacard-simulator --vpcd 127.0.0.1:PORT}) connecting to the bridge, and a phone process
 * killed (SIGKILL) while the card's answer to a VERIFY is on its way.
 */
class BridgeProcessTest {
    /** A fresh JVM, and the card's keys loaded from its state file. */
    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theSimulatorProcessAsThePhone() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        int port = SimulatedPhone.freePort();
        Path document = Files.writeString(dir.resolve("application.txt"), "申請します。\n");
        Process phone = java(SimulatorMain.class, "--vpcd", "127.0.0.1:" + port, "--state", cli.stateFile().toString());
        try {
            CliRunner.Result status = cli.run("--bridge", Integer.toString(port), "--wait", "60", "--json", "pin", "status");
            assertEquals(0, status.status(), status::toString);
            assertEquals(5, status.json().at("/pins/1/remaining").asInt());

            CliRunner.Result signed = cli.runWithStdin("ABC123\n", "--bridge", Integer.toString(port), "--wait", "60",
                    "--pin-stdin", "sign", document.toString());
            assertEquals(0, signed.status(), signed::toString);
            assertEquals(0, cli.run("--sim", "verify", document + ".p7s", "--content", document.toString()).status(),
                    "the phone's card is the simulated card: its signature verifies with the simulator's roots");
        } finally {
            phone.destroyForcibly().waitFor();
        }
    }

    @Test
    void aPhoneKilledWhileAWrongPinIsAnsweredCostsExactlyOneTry() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        int port = SimulatedPhone.freePort();
        Path document = Files.writeString(dir.resolve("application.txt"), "申請します。\n");
        Process phone = java(StallingPhone.class, cli.stateFile().toString(), Integer.toString(port));
        try (BufferedReader phoneSays = new BufferedReader(new InputStreamReader(phone.getInputStream(), StandardCharsets.UTF_8))) {
            CompletableFuture<CliRunner.Result> signing = CompletableFuture.supplyAsync(() -> cli.runWithStdin(
                    "WRONG1\n", "--bridge", Integer.toString(port), "--wait", "60", "--pin-stdin", "sign",
                    document.toString()));
            assertEquals(StallingPhone.STALLED, phoneSays.readLine(), "the card processed the VERIFY");
            phone.destroyForcibly().waitFor();
            long killed = System.nanoTime();

            CliRunner.Result result = signing.get(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - killed);

            assertEquals(14, result.status(), result::toString);
            assertTrue(result.err().contains("mynacard: The phone lost the card, or the app stopped, during the command."),
                    result::toString);
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "reported " + took + " after the kill");
        } finally {
            phone.destroyForcibly().waitFor();
        }
        assertFalse(Files.exists(Path.of(document + ".p7s")));
        CliRunner.Result pins = cli.run("--sim-state", cli.stateFile().toString(), "--json", "pin", "status");
        assertEquals(4, pins.json().at("/pins/1/remaining").asInt(), "one wrong VERIFY reached the card, once: " + pins);
    }

    /** {@code main} of {@code mainClass} in a JVM of its own, on this test's class path; stderr goes to a file. */
    private Process java(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(Files.createTempFile(dir, mainClass.getSimpleName(), ".err").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
    }
}
