/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.vpcd.VpcdFrames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;

/**
 * One TCP connection to the phone, in vpcd frames, where every answer has a deadline: a whole frame
 * must arrive by it, however the peer doles out its bytes. Failures become
 * {@link TransportException}s whose reason says what the peer did.
 */
final class PhoneLink implements AutoCloseable {
    private final Socket socket;
    private final String peer;
    private final DeadlineInput in;
    private final OutputStream out;
    private volatile boolean closed;

    PhoneLink(Socket socket) throws IOException {
        this.socket = socket;
        this.peer = peerOf(socket);
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true);
        boolean quickAck = socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
        this.in = new DeadlineInput(socket, socket.getInputStream(), quickAck);
        this.out = socket.getOutputStream();
    }

    /** HOST:PORT of the other end of a connected socket. */
    static String peerOf(Socket socket) {
        return new BridgeAddress(socket.getInetAddress().getHostAddress(), socket.getPort()).hostPort();
    }

    /** The phone's address and port, for messages. */
    String peer() {
        return peer;
    }

    /** Sends the payloads as consecutive frames, in one write. */
    void send(byte[]... payloads) throws TransportException {
        int total = 0;
        for (byte[] payload : payloads) {
            total += payload.length + 2;
        }
        byte[] frames = new byte[total];
        int at = 0;
        for (byte[] payload : payloads) {
            byte[] frame = VpcdFrames.frame(payload);
            System.arraycopy(frame, 0, frames, at, frame.length);
            at += frame.length;
        }
        try {
            out.write(frames);
        } catch (IOException e) {
            throw failure(Reason.CARD_REMOVED, "the connection to the phone broke while sending (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads one frame, which must have arrived whole within {@code timeout}.
     *
     * @param what what is awaited, for messages ("an answer", "the card's ATR")
     * @throws TransportException {@link Reason#CARD_REMOVED} when the phone closes the connection
     *     before the frame starts, {@link Reason#TIMEOUT} when nothing of it arrives in time,
     *     {@link Reason#PROTOCOL} for an empty frame or one that stops half-way (closed or stalled),
     *     {@link Reason#CLOSED} when this side closed the link meanwhile
     */
    byte[] receive(Duration timeout, String what) throws TransportException {
        in.arm(timeout);
        int length = 0;
        byte[] payload = null;
        try {
            length = VpcdFrames.readLength(in);
            if (length > 0) {
                payload = VpcdFrames.readPayload(in, length);
            }
        } catch (SocketTimeoutException e) {
            if (in.consumed() == 0) {
                throw failure(Reason.TIMEOUT, "the phone did not send " + what + " within " + inWords(timeout), e);
            }
            throw failure(Reason.PROTOCOL, "the phone stopped in the middle of a frame: " + in.consumed() + " of "
                    + (length == 0 ? "at least 2" : String.valueOf(length + 2)) + " bytes arrived within " + inWords(timeout), e);
        } catch (TransportException e) {
            throw failure(e.reason(), "bad frame from the phone instead of " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw failure(Reason.CARD_REMOVED, "the connection to the phone broke while waiting for " + what
                    + " (" + e.getMessage() + ")", e);
        }
        if (payload == null) {
            throw failure(Reason.CARD_REMOVED, "the phone closed the connection instead of sending " + what, null);
        }
        return payload;
    }

    /** How many bytes have arrived that nobody asked for yet. */
    int unsolicited() throws TransportException {
        try {
            return in.available();
        } catch (IOException e) {
            throw failure(Reason.CARD_REMOVED, "the connection to the phone broke (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // the link is gone either way
        }
    }

    /** A failure, told as {@link Reason#CLOSED} when it only happened because this side closed the link. */
    private TransportException failure(Reason reason, String message, Throwable cause) {
        if (closed) {
            return new TransportException(Reason.CLOSED, "the connection to the phone was closed by this program", cause);
        }
        return new TransportException(reason, message, cause);
    }

    /** "10 s", or "400 ms" when not whole seconds. */
    static String inWords(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /**
     * The socket's input, reading only until a deadline: each read waits at most the time left, so
     * a peer that sends one byte now and then cannot stretch a frame beyond it. Also re-arms
     * TCP_QUICKACK before each read (Linux), so that an app that writes a frame's length and its
     * payload separately (older versions did) does not wait for a delayed ACK each time.
     */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream raw;
        private final boolean quickAck;
        private long deadline;
        private long consumed;

        DeadlineInput(Socket socket, InputStream raw, boolean quickAck) {
            this.socket = socket;
            this.raw = raw;
            this.quickAck = quickAck;
        }

        void arm(Duration timeout) {
            deadline = System.nanoTime() + timeout.toNanos();
            consumed = 0;
        }

        long consumed() {
            return consumed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000)));
            if (quickAck) {
                socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            }
            int n = raw.read(buffer, offset, length);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return raw.available();
        }
    }
}
