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

    /**
     * {@code tag { tableTag offsets, items… }}, as the 券面 applications write their records: the
     * table holds, for each item, its offset from the first byte of the whole object (u16 each).
     * {@code tableTag} is a two-byte tag.
     */
    static byte[] withOffsets(int tag, int tableTag, byte[]... items) {
        byte[] body = concat(items);
        int tableLength = 2 + 1 + 2 * items.length;
        int offset = (tag > 0xFF ? 2 : 1) + length(tableLength + body.length).length + tableLength;
        byte[] offsets = new byte[2 * items.length];
        for (int i = 0; i < items.length; i++) {
            offsets[2 * i] = (byte) (offset >> 8);
            offsets[2 * i + 1] = (byte) offset;
            offset += items[i].length;
        }
        return of(tag, of(tableTag, offsets), body);
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
