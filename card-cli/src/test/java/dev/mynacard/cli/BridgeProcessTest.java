/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.host.SimulatorMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
        JavaProcess phone = JavaProcess.start(dir, Map.of(), SimulatorMain.class, "--vpcd", "127.0.0.1:" + port,
                "--state", cli.stateFile().toString());
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
            phone.kill();
        }
    }

    @Test
    void aPhoneKilledWhileAWrongPinIsAnsweredCostsExactlyOneTry() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        int port = SimulatedPhone.freePort();
        Path document = Files.writeString(dir.resolve("application.txt"), "申請します。\n");
        JavaProcess phone = JavaProcess.start(dir, Map.of(), StallingPhone.class, cli.stateFile().toString(),
                Integer.toString(port));
        try {
            CompletableFuture<CliRunner.Result> signing = CompletableFuture.supplyAsync(() -> cli.runWithStdin(
                    "WRONG1\n", "--bridge", Integer.toString(port), "--wait", "60", "--pin-stdin", "sign",
                    document.toString()));
            awaitStalled(phone);
            phone.kill();
            long killed = System.nanoTime();

            CliRunner.Result result = signing.get(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - killed);

            assertEquals(14, result.status(), result::toString);
            assertTrue(result.err().contains("mynacard: The phone lost the card, or the app stopped, during the command."),
                    result::toString);
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "reported " + took + " after the kill");
        } finally {
            phone.kill();
        }
        assertFalse(Files.exists(Path.of(document + ".p7s")));
        CliRunner.Result pins = cli.run("--sim-state", cli.stateFile().toString(), "--json", "pin", "status");
        assertEquals(4, pins.json().at("/pins/1/remaining").asInt(), "one wrong VERIFY reached the card, once: " + pins);
    }

    /** Until the phone says the card processed the VERIFY whose answer it holds back. */
    private static void awaitStalled(JavaProcess phone) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (!phone.stdoutLines().contains(StallingPhone.STALLED)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the phone never got the VERIFY");
            }
            Thread.sleep(10);
        }
    }
}
