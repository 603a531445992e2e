/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * The browsers' native messaging framing on stdin and stdout: each message is a 4-byte length in
 * the machine's byte order, then that many bytes of UTF-8 JSON. Messages are capped at
 * {@value #MAX_MESSAGE_BYTES} bytes both ways (Chromium's own cap for what a host sends), so a
 * hostile length never makes the host allocate more than that.
 */
public final class NativeMessageFraming {
    public static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    private static final int LENGTH_BYTES = Integer.BYTES;

    /** A frame that cannot be read: the stream cannot be trusted after it, so the host stops. */
    public static final class FrameException extends IOException {
        FrameException(String message) {
            super(message);
        }
    }

    private NativeMessageFraming() {
    }

    /**
     * The next message, or empty when the browser closed the stream between messages.
     *
     * @throws FrameException the length is 0, negative as unsigned or over the cap, or the stream
     *                        ended inside a frame
     */
    public static Optional<byte[]> read(InputStream in) throws IOException {
        byte[] prefix = readUpTo(in, LENGTH_BYTES);
        if (prefix.length == 0) {
            return Optional.empty();
        }
        if (prefix.length < LENGTH_BYTES) {
            throw new FrameException("the stream ended inside a length prefix");
        }
        long length = Integer.toUnsignedLong(ByteBuffer.wrap(prefix).order(ByteOrder.nativeOrder()).getInt());
        if (length == 0 || length > MAX_MESSAGE_BYTES) {
            throw new FrameException("a message of " + length + " bytes (1 to " + MAX_MESSAGE_BYTES + " allowed)");
        }
        byte[] message = readUpTo(in, (int) length);
        if (message.length < length) {
            throw new FrameException("the stream ended after " + message.length + " of " + length + " bytes");
        }
        return Optional.of(message);
    }

    /**
     * Up to {@code length} bytes, fewer only at the end of the stream. Not {@code readNBytes}: on
     * stdin, a pipe, some JDKs' FileInputStream asks for the position first and fails (Illegal seek).
     */
    private static byte[] readUpTo(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int filled = 0;
        while (filled < length) {
            int read = in.read(bytes, filled, length - filled);
            if (read < 0) {
                return Arrays.copyOf(bytes, filled);
            }
            filled += read;
        }
        return bytes;
    }

    /** Writes one message and flushes it. */
    public static void write(OutputStream out, byte[] message) throws IOException {
        if (message.length == 0 || message.length > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("a message of " + message.length + " bytes cannot be sent");
        }
        out.write(ByteBuffer.allocate(LENGTH_BYTES).order(ByteOrder.nativeOrder()).putInt(message.length).array());
        out.write(message);
        out.flush();
    }
}
