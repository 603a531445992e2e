/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A minimal BER-TLV reader for checking what the issuer wrote, independent of its encoder. */
final class BerReader {
    record Element(int tag, int offset, byte[] value) {
    }

    private BerReader() {
    }

    /** The TLVs that follow each other in {@code data}; offsets are those of the tags in {@code data}. */
    static List<Element> read(byte[] data) {
        List<Element> elements = new ArrayList<>();
        int i = 0;
        while (i < data.length) {
            int start = i;
            int tag = data[i++] & 0xFF;
            if ((tag & 0x1F) == 0x1F) {
                tag = (tag << 8) | (data[i++] & 0xFF);
            }
            int length = data[i++] & 0xFF;
            if (length == 0x81) {
                length = data[i++] & 0xFF;
            } else if (length == 0x82) {
                length = ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
                i += 2;
            } else if (length > 0x7F) {
                throw new AssertionError("unexpected length byte " + Integer.toHexString(length));
            }
            elements.add(new Element(tag, start, Arrays.copyOfRange(data, i, i + length)));
            i += length;
        }
        return elements;
    }

    static Element single(byte[] data) {
        List<Element> elements = read(data);
        if (elements.size() != 1) {
            throw new AssertionError("expected one TLV, found " + elements.size());
        }
        return elements.get(0);
    }
}
