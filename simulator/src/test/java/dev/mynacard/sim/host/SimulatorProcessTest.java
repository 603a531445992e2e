/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a process, where no PC/SC stack is needed. */
class SimulatorProcessTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachableVpcdIsReportedOnceWhileTheSimulatorKeepsTrying() throws Exception {
        int port = freePort();
        try (SimulatorProcess simulator = SimulatorProcess.start(dir, "--state", dir.resolve("card.json").toString(),
                "--vpcd", "127.0.0.1:" + port)) {
            awaitStderr(simulator, "retrying", Duration.ofSeconds(30));
            Thread.sleep(1500); // three more connection attempts

            assertEquals("mynacard-simulator: vpcd is not reachable at 127.0.0.1:" + port
                    + " (Connection refused); retrying every 500 ms\n", simulator.stderr());
            assertEquals(143, simulator.stop(), "ended by SIGTERM");
        }
    }

    @Test
    void aBadCommandLineEndsTheProcessWithStatus2() throws Exception {
        try (SimulatorProcess simulator = SimulatorProcess.start(dir, "--state")) {
            assertEquals(2, simulator.awaitExit());
            assertTrue(simulator.stderr().startsWith("mynacard-simulator: --state needs a value"), simulator.stderr());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitStderr(SimulatorProcess simulator, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!simulator.stderr().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' on stderr within " + timeout.toSeconds() + " s:\n" + simulator.stderr());
            }
            Thread.sleep(50);
        }
    }
}
