/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.vpcd.VpcdFrames;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sim serve with a latency model, against a stand-in for vpcd on a port of its own (not the shared
 * vpcd's): the card's answers leave no sooner than the model says.
 */
class SimServeLatencyTest {
    private static final byte[] SELECT_JPKI = HexFormat.of().parseHex("00A4040C0AD392F000260100000001");

    @TempDir
    Path home;

    @Test
    void everyAnswerWaitsForTheModelledTime() throws Exception {
        CliRunner cli = new CliRunner(home);
        AtomicReference<CliRunner.Result> served = new AtomicReference<>();
        long elapsedNanos;
        try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serve = new Thread(() -> served.set(cli.run("sim", "serve", "--vpcd",
                    "127.0.0.1:" + vpcd.getLocalPort(), "--apdu-ms", "150", "--byte-us", "20000")));
            serve.start();
            vpcd.setSoTimeout(30_000);
            try (Socket card = vpcd.accept()) {
                card.setSoTimeout(30_000);
                DataOutputStream out = new DataOutputStream(card.getOutputStream());
                InputStream in = card.getInputStream();
                out.write(new byte[] {0x00, 0x01, 0x01}); // power on
                long start = System.nanoTime();
                out.writeShort(SELECT_JPKI.length);
                out.write(SELECT_JPKI);
                out.flush();
                byte[] response = VpcdFrames.readPayload(in, VpcdFrames.readLength(in));
                elapsedNanos = System.nanoTime() - start;
                assertArrayEquals(new byte[] {(byte) 0x90, 0x00}, response);
            } finally {
                serve.interrupt();
                serve.join(10_000);
            }
        }
        assertEquals(0, served.get().status(), served.get()::toString);
        // 150 ms for the command, 2 × 20 ms for the status word's two bytes.
        assertTrue(elapsedNanos >= Duration.ofMillis(190).toNanos(), elapsedNanos / 1_000_000 + " ms");
    }

    @Test
    void latenciesBeyondAMinuteAreRefusedBeforeTheCardIsServed() {
        CliRunner.Result result = new CliRunner(home).run("sim", "serve", "--vpcd", "127.0.0.1:1", "--signature-ms", "60001");

        assertEquals(2, result.status(), result::toString);
        assertTrue(result.err().contains("--signature-ms"), result::toString);
    }
}
