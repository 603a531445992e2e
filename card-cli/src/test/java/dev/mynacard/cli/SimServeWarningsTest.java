/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sim serve against a peer that is no vpcd (on a port of its own, not the shared vpcd's). */
class SimServeWarningsTest {
    @TempDir
    Path home;

    @Test
    void aConnectorWarningIsOneLineOnTheCommandsStderr() throws Exception {
        CliRunner cli = new CliRunner(home);
        AtomicReference<CliRunner.Result> served = new AtomicReference<>();
        try (ServerSocket notVpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serve = new Thread(() -> served.set(
                    cli.run("sim", "serve", "--vpcd", "127.0.0.1:" + notVpcd.getLocalPort())));
            serve.start();
            try (Socket card = notVpcd.accept()) {
                // A control frame with a byte vpcd never sends: the connector gives up on the connection.
                card.getOutputStream().write(new byte[] {0x00, 0x01, 0x07});
                InputStream in = card.getInputStream();
                assertEquals(-1, in.read(), "the connector hangs up");
                // It connects again only once it has said why it hung up.
                notVpcd.setSoTimeout(10_000);
                notVpcd.accept().close();
            } finally {
                serve.interrupt();
                serve.join(10_000);
            }
        }
        CliRunner.Result result = served.get();
        assertEquals(0, result.status(), result::toString);
        assertTrue(result.err().contains("mynacard: connection to vpcd failed: dev.mynacard.apdu.TransportException: "
                + "unknown vpcd control byte 07\n"), result::toString);
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result);
    }
}
