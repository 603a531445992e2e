/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NativeMessageFramingTest {
    private static final int CAP = NativeMessageFraming.MAX_MESSAGE_BYTES;

    /** A length prefix in the machine's byte order, as the browser writes it. */
    static byte[] prefix(int length) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(length).array();
    }

    static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + body.length).order(ByteOrder.nativeOrder()).putInt(body.length).put(body).array();
    }

    /** A stream of {@code prefix} and then endless bytes, counting what was read after the prefix. */
    private static final class Endless extends InputStream {
        private final byte[] prefix;
        private long read;

        Endless(byte[] prefix) {
            this.prefix = prefix;
        }

        @Override
        public int read() {
            return read++ < prefix.length ? prefix[(int) read - 1] & 0xff : 'x';
        }

        long bodyBytesRead() {
            return Math.max(0, read - prefix.length);
        }
    }

    @Test
    void aWrittenMessageReadsBackInTheMachinesByteOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NativeMessageFraming.write(out, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        NativeMessageFraming.write(out, "{}".getBytes(StandardCharsets.UTF_8));
        byte[] written = out.toByteArray();
        assertArrayEquals(prefix(7), Arrays.copyOf(written, 4));
        ByteArrayInputStream in = new ByteArrayInputStream(written);
        assertEquals("{\"a\":1}", new String(NativeMessageFraming.read(in).orElseThrow(), StandardCharsets.UTF_8));
        assertEquals("{}", new String(NativeMessageFraming.read(in).orElseThrow(), StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), NativeMessageFraming.read(in), "the end between messages is a clean end");
    }

    @Test
    void aMessageOfExactlyTheCapIsRead() throws IOException {
        byte[] stream = ByteBuffer.allocate(4 + CAP).order(ByteOrder.nativeOrder()).putInt(CAP).array();
        assertEquals(CAP, NativeMessageFraming.read(new ByteArrayInputStream(stream)).orElseThrow().length);
    }

    @Test
    void hostileLengthsAreRefusedBeforeAnyBodyIsRead() {
        for (int length : new int[] {0, CAP + 1, Integer.MAX_VALUE, -1, Integer.MIN_VALUE}) {
            Endless in = new Endless(prefix(length));
            NativeMessageFraming.FrameException refused = assertThrows(NativeMessageFraming.FrameException.class,
                    () -> NativeMessageFraming.read(in), "length " + Integer.toUnsignedString(length));
            assertEquals(0, in.bodyBytesRead(), "read a body of a refused length " + Integer.toUnsignedString(length));
            assertTrue(refused.getMessage().contains(Integer.toUnsignedString(length)), refused.getMessage());
        }
    }

    @Test
    void aStreamEndingInsideAFrameIsRefused() {
        assertThrows(NativeMessageFraming.FrameException.class,
                () -> NativeMessageFraming.read(new ByteArrayInputStream(new byte[] {5, 0})));
        byte[] partial = Arrays.copyOf(frame("{\"type\":\"login\"}"), 10);
        assertThrows(NativeMessageFraming.FrameException.class,
                () -> NativeMessageFraming.read(new ByteArrayInputStream(partial)));
    }

    @Test
    void aMessageArrivingInPiecesIsReadWhole() throws IOException {
        byte[] stream = frame("{\"type\":\"login\",\"x\":\"" + "y".repeat(5000) + "\"}");
        InputStream trickle = new InputStream() {
            private int position;

            @Override
            public int read() {
                return position < stream.length ? stream[position++] & 0xff : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return position < stream.length ? super.read(buffer, offset, Math.min(length, 3)) : -1;
            }
        };
        assertEquals(stream.length - 4, NativeMessageFraming.read(trickle).orElseThrow().length);
    }

    @Test
    void nothingOverTheCapOrEmptyIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> NativeMessageFraming.write(out, new byte[CAP + 1]));
        assertThrows(IllegalArgumentException.class, () -> NativeMessageFraming.write(out, new byte[0]));
        assertEquals(0, out.size());
    }
}
