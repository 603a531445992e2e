/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.util.Arrays;

/** A response APDU: response data followed by the two status bytes. Immutable. */
public final class ResponseApdu {
    private final byte[] bytes;

    /**
     * @throws IllegalArgumentException when fewer than the two status bytes are present
     */
    public ResponseApdu(byte[] bytes) {
        if (bytes == null || bytes.length < 2) {
            throw new IllegalArgumentException("a response APDU needs at least the 2 status bytes, got "
                    + (bytes == null ? 0 : bytes.length));
        }
        this.bytes = bytes.clone();
    }

    /** A response built from data and a status word. */
    public static ResponseApdu of(byte[] data, int sw) {
        byte[] all = Arrays.copyOf(data, data.length + 2);
        all[data.length] = (byte) (sw >> 8);
        all[data.length + 1] = (byte) sw;
        return new ResponseApdu(all);
    }

    public static ResponseApdu of(int sw) {
        return of(new byte[0], sw);
    }

    /** A copy of the response data, without the status word. */
    public byte[] data() {
        return Arrays.copyOf(bytes, bytes.length - 2);
    }

    public int dataLength() {
        return bytes.length - 2;
    }

    public int sw() {
        return (sw1() << 8) | sw2();
    }

    public int sw1() {
        return bytes[bytes.length - 2] & 0xFF;
    }

    public int sw2() {
        return bytes[bytes.length - 1] & 0xFF;
    }

    public boolean isSuccess() {
        return sw() == StatusWord.SUCCESS.code();
    }

    /** A copy of the whole response in wire form. */
    public byte[] encode() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu r && Arrays.equals(r.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Length and status word only: response data may be personal (a 個人番号, a name). */
    @Override
    public String toString() {
        return "ResponseApdu[" + dataLength() + " bytes, SW=" + StatusWord.hex(sw()) + "]";
    }
}
