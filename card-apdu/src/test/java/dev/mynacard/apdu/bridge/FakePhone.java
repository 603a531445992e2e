/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The phone's end of the bridge as raw bytes on a socket: it plays the app where a test wants the
 * app, and a hostile peer where a test wants that. Not a mock of the bridge: the bridge under test
 * is the real one, this is only the other end of its TCP connection.
 */
final class FakePhone implements AutoCloseable {
    static final byte[] ATR = {0x3B, (byte) 0x88, (byte) 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x77, (byte) 0x81, (byte) 0x80, 0x00, (byte) 0x76};
    private static final int READ_TIMEOUT_MS = 5000;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private FakePhone(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(READ_TIMEOUT_MS);
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects to a bridge listening on loopback, as the app does when a card comes. */
    static FakePhone connect(BridgeAddress bridge) throws IOException {
        return new FakePhone(new Socket(InetAddress.getLoopbackAddress(), bridge.port()));
    }

    /** Accepted by a test's server socket, for the app's listen mode. */
    static FakePhone accepted(Socket socket) throws IOException {
        return new FakePhone(socket);
    }

    /** Reads one vpcd frame sent by the bridge. */
    byte[] readFrame() throws IOException {
        int length = in.readUnsignedShort();
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    /** Expects power on and get-ATR, and answers with {@code atr} (raw bytes, framed here). */
    void answerHandshake(byte[] atr) throws IOException {
        assertArrayEquals(new byte[] {0x01}, readFrame(), "power on first");
        assertArrayEquals(new byte[] {0x04}, readFrame(), "then get ATR");
        sendFrame(atr);
    }

    void sendFrame(byte[] payload) throws IOException {
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    void sendRaw(int... bytes) throws IOException {
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
        }
        out.write(raw);
    }

    boolean isClosed() {
        return socket.isClosed();
    }

    /**
     * Everything the bridge still sends until it closes the connection, which it must do within
     * {@code wait}.
     */
    byte[] readUntilClosed(Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        try {
            for (int b; ; rest.write(b)) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                b = in.read();
                if (b < 0) {
                    return rest.toByteArray();
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the bridge kept the connection open for " + wait.toMillis() + " ms");
        } catch (SocketException reset) {
            return rest.toByteArray();
        } finally {
            socket.setSoTimeout(READ_TIMEOUT_MS);
        }
    }

    /** Whether no data arrives from the bridge within {@code wait} (the end of the stream is no data). */
    boolean receivesNothing(Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException quiet) {
            return true;
        } finally {
            socket.setSoTimeout(READ_TIMEOUT_MS);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
