/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class VpcdFramesTest {

    private static InputStream bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return new ByteArrayInputStream(b);
    }

    @Test
    void framePutsABigEndianLengthBeforeThePayload() {
        assertArrayEquals(new byte[] {0x00, 0x01, 0x04}, VpcdFrames.frame(new byte[] {0x04}));
        byte[] frame = VpcdFrames.frame(new byte[0x1234]);
        assertEquals(0x1236, frame.length);
        assertEquals(0x12, frame[0]);
        assertEquals(0x34, frame[1]);
    }

    @Test
    void frameRejectsEmptyAndOversizedPayloads() {
        assertThrows(IllegalArgumentException.class, () -> VpcdFrames.frame(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> VpcdFrames.frame(new byte[65536]));
        assertEquals(65537, VpcdFrames.frame(new byte[65535]).length);
    }

    @Test
    void readsWhatFrameWrote() throws IOException {
        byte[] payload = {0x00, (byte) 0xA4, 0x04, 0x00, 0x01, 0x42};
        InputStream in = new ByteArrayInputStream(VpcdFrames.frame(payload));

        int length = VpcdFrames.readLength(in);

        assertEquals(6, length);
        assertArrayEquals(payload, VpcdFrames.readPayload(in, length));
        assertEquals(-1, VpcdFrames.readLength(in));
    }

    @Test
    void readsTheLargestLength() throws IOException {
        assertEquals(65535, VpcdFrames.readLength(bytes(0xFF, 0xFF)));
    }

    @Test
    void cleanEndBetweenFrames() throws IOException {
        assertEquals(-1, VpcdFrames.readLength(bytes()));
    }

    @Test
    void rejectsAnEmptyFrame() {
        TransportException e = assertThrows(TransportException.class, () -> VpcdFrames.readLength(bytes(0, 0)));
        assertEquals(Reason.PROTOCOL, e.reason());
    }

    @Test
    void rejectsAStreamEndingInsideTheLength() {
        TransportException e = assertThrows(TransportException.class, () -> VpcdFrames.readLength(bytes(0)));
        assertEquals(Reason.PROTOCOL, e.reason());
    }

    @Test
    void rejectsATruncatedPayload() {
        TransportException e = assertThrows(TransportException.class,
                () -> VpcdFrames.readPayload(bytes(1, 2, 3), 10));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertEquals("vpcd frame truncated: 3 of 10 payload bytes arrived", e.getMessage());
    }
}
