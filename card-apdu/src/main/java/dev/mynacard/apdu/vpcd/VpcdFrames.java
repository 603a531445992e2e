/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.io.IOException;
import java.io.InputStream;

/**
 * The vpcd wire format, the same in both directions: a 2-byte big-endian length, then that many
 * bytes of payload. The length field caps a frame at 65535 bytes; an empty frame is an error.
 */
public final class VpcdFrames {
    public static final int MAX_PAYLOAD = 0xFFFF;

    private VpcdFrames() {
    }

    /**
     * Reads the length of the next frame.
     *
     * @return the payload length (1–65535), or -1 when the stream ended cleanly between frames
     * @throws TransportException {@link Reason#PROTOCOL} for a zero length or a stream that ends
     *     inside the length field
     */
    public static int readLength(InputStream in) throws IOException {
        int high = in.read();
        if (high < 0) {
            return -1;
        }
        int low = in.read();
        if (low < 0) {
            throw new TransportException(Reason.PROTOCOL, "vpcd frame truncated inside its length field");
        }
        int length = (high << 8) | low;
        if (length == 0) {
            throw new TransportException(Reason.PROTOCOL, "empty vpcd frame");
        }
        return length;
    }

    /**
     * Reads a payload of the given length.
     *
     * @throws TransportException {@link Reason#PROTOCOL} when the stream ends before the payload does
     */
    public static byte[] readPayload(InputStream in, int length) throws IOException {
        if (length < 1 || length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("vpcd payload length " + length + " is outside 1–65535");
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length != length) {
            throw new TransportException(Reason.PROTOCOL, "vpcd frame truncated: " + payload.length
                    + " of " + length + " payload bytes arrived");
        }
        return payload;
    }

    /**
     * A whole frame, length and payload in one array so that it goes out in one write (a separate
     * 2-byte write would meet the delayed-ACK stall described in {@link VpcdConnector}).
     */
    public static byte[] frame(byte[] payload) {
        if (payload.length < 1 || payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a vpcd payload must be 1–65535 bytes, not " + payload.length);
        }
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        return frame;
    }
}
