/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connector against a local socket that plays vpcd's part of the protocol. */
class VpcdConnectorTest {
    private static final byte[] ATR = {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01};
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private ServerSocket vpcd;
    private VpcdConnector connector;

    /** Answers 9000 + the INS byte, throws for INS 0x50, records every hook call. */
    private final VirtualCard card = new VirtualCard() {
        @Override
        public byte[] atr() {
            return ATR.clone();
        }

        @Override
        public void powerOn() {
            events.add("powerOn");
        }

        @Override
        public void powerOff() {
            events.add("powerOff");
        }

        @Override
        public void reset() {
            events.add("reset");
        }

        @Override
        public byte[] process(byte[] apdu) {
            events.add("process " + apdu.length);
            if (apdu[1] == 0x50) {
                throw new IllegalStateException("broken on purpose");
            }
            return new byte[] {apdu[1], (byte) 0x90, 0x00};
        }
    };

    @BeforeEach
    void startVpcd() throws IOException {
        vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        vpcd.setSoTimeout((int) WAIT.toMillis());
        VpcdOptions options = VpcdOptions.defaults().withAddress("127.0.0.1", vpcd.getLocalPort())
                .withReconnectDelay(Duration.ofMillis(20));
        connector = new VpcdConnector(card, options);
    }

    @AfterEach
    void stop() throws IOException {
        connector.close();
        vpcd.close();
    }

    private static void send(Socket s, int... payload) throws IOException {
        byte[] b = new byte[payload.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) payload[i];
        }
        s.getOutputStream().write(VpcdFrames.frame(b));
    }

    private static byte[] receive(Socket s) throws IOException {
        s.setSoTimeout((int) WAIT.toMillis());
        InputStream in = s.getInputStream();
        return VpcdFrames.readPayload(in, VpcdFrames.readLength(in));
    }

    private String nextEvent() throws InterruptedException {
        String e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return e == null ? "(nothing)" : e;
    }

    @Test
    void answersControlsAndApdus() throws Exception {
        connector.start();
        try (Socket s = vpcd.accept()) {
            send(s, 0x01);
            assertEquals("powerOn", nextEvent());
            send(s, 0x04);
            assertArrayEquals(ATR, receive(s));
            send(s, 0x00, 0xB0, 0x00, 0x00, 0x10);
            assertArrayEquals(new byte[] {(byte) 0xB0, (byte) 0x90, 0x00}, receive(s));
            assertEquals("process 5", nextEvent());
            send(s, 0x02);
            assertEquals("reset", nextEvent());
            send(s, 0x00);
            assertEquals("powerOff", nextEvent());
            assertTrue(connector.isConnected());
        }
    }

    @Test
    void aFailingCardAnswers6F00AndKeepsServing() throws Exception {
        connector.start();
        try (Socket s = vpcd.accept()) {
            send(s, 0x80, 0x50, 0x00, 0x00);
            assertArrayEquals(new byte[] {0x6F, 0x00}, receive(s));
            send(s, 0x80, 0x40, 0x00, 0x00);
            assertArrayEquals(new byte[] {0x40, (byte) 0x90, 0x00}, receive(s));
        }
    }

    @Test
    void aCommandShorterThanAHeaderAnswers6700WithoutReachingTheCard() throws Exception {
        connector.start();
        try (Socket s = vpcd.accept()) {
            send(s, 0x00, 0xA4, 0x04);
            assertArrayEquals(new byte[] {0x67, 0x00}, receive(s));
            send(s, 0x04);
            assertArrayEquals(ATR, receive(s));
        }
        assertFalse(events.contains("process 3"));
    }

    @Test
    void reconnectsWhenVpcdClosesTheConnection() throws Exception {
        connector.start();
        try (Socket first = vpcd.accept()) {
            send(first, 0x01);
            assertEquals("powerOn", nextEvent());
        }
        assertEquals("powerOff", nextEvent());
        try (Socket second = vpcd.accept()) {
            send(second, 0x04);
            assertArrayEquals(ATR, receive(second));
        }
    }

    @Test
    void dropsTheConnectionOnProtocolErrorsAndReconnects() throws Exception {
        connector.start();
        int[][] violations = {
                {0x07},                   // unknown control byte
                {},                       // empty frame
        };
        for (int[] violation : violations) {
            try (Socket s = vpcd.accept()) {
                if (violation.length == 0) {
                    s.getOutputStream().write(new byte[] {0, 0});
                } else {
                    send(s, violation);
                }
                assertEquals(-1, s.getInputStream().read(), "the connector should hang up");
            }
        }
        try (Socket s = vpcd.accept()) {
            s.getOutputStream().write(new byte[] {0x00, 0x0A, 0x00, (byte) 0xA4}); // truncated frame
            s.shutdownOutput();
            assertEquals(-1, s.getInputStream().read());
        }
        try (Socket s = vpcd.accept()) {
            send(s, 0x04);
            assertArrayEquals(ATR, receive(s));
        }
    }

    @Test
    void waitsForVpcdToAppear() throws Exception {
        int port = vpcd.getLocalPort();
        vpcd.close();
        connector.start();
        Thread.sleep(100); // a few refused attempts
        vpcd = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        vpcd.setSoTimeout((int) WAIT.toMillis());
        try (Socket s = vpcd.accept()) {
            send(s, 0x04);
            assertArrayEquals(ATR, receive(s));
        }
    }

    @Test
    void closeFromAnotherThreadHangsUpAndStops() throws Exception {
        connector.start();
        try (Socket s = vpcd.accept()) {
            send(s, 0x04);
            receive(s);
            assertTimeoutPreemptively(WAIT, () -> connector.close());
            s.setSoTimeout((int) WAIT.toMillis());
            assertEquals(-1, s.getInputStream().read(), "the card should leave the reader");
        }
        assertFalse(connector.isConnected());
        assertEquals("powerOff", nextEvent());
        vpcd.setSoTimeout(300);
        assertThrows(IOException.class, vpcd::accept, "a closed connector must not reconnect");
    }

    @Test
    void serveOnTheCallingThreadReturnsAfterClose() throws Exception {
        Thread server = new Thread(connector::serve);
        server.start();
        try (Socket s = vpcd.accept()) {
            connector.close();
            server.join(WAIT.toMillis());
            assertFalse(server.isAlive());
        }
        assertThrows(IllegalStateException.class, connector::serve, "a connector serves once");
    }
}
