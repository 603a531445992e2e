/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.io.ByteArrayOutputStream;

/** BER-TLV encoding with one- or two-byte tags and the 81/82 long length forms. */
final class Tlv {
    private Tlv() {
    }

    static byte[] of(int tag, byte[]... parts) {
        byte[] value = concat(parts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tag > 0xFF) {
            out.write(tag >> 8);
        }
        out.write(tag & 0xFF);
        out.writeBytes(length(value.length));
        out.writeBytes(value);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] length(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        if (n <= 0xFF) {
            return new byte[] {(byte) 0x81, (byte) n};
        }
        if (n <= 0xFFFF) {
            return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        }
        throw new IllegalArgumentException("TLV value of " + n + " bytes is too long");
    }
}
