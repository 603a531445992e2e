/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The header of a BER-TLV object (a DER certificate, the text AP's {@code FF20} record): a tag of
 * one to three bytes and a definite length in short form or the {@code 81}/{@code 82}/{@code 83}
 * long forms. Anything else is refused, so a hostile length can never exceed 16 MB.
 *
 * @param offset       where the object starts
 * @param tag          the tag bytes as an unsigned number, e.g. {@code 0x30}, {@code 0xFF20}
 * @param headerLength tag and length bytes
 * @param valueLength  the length the header announces
 */
public record TlvHeader(int offset, int tag, int headerLength, int valueLength) {
    private static final int MAX_TAG_BYTES = 3;
    private static final int MAX_LENGTH_BYTES = 3;

    /** Where the value starts. */
    public int valueOffset() {
        return offset + headerLength;
    }

    /** Where the object ends (exclusive). */
    public int end() {
        return offset + headerLength + valueLength;
    }

    public int totalLength() {
        return headerLength + valueLength;
    }

    /**
     * Parses the header at {@code offset}, reading no byte at or after {@code limit}. The value
     * itself may extend beyond {@code limit}: compare {@link #end()} with what is available.
     */
    public static TlvHeader parse(byte[] data, int offset, int limit) throws MalformedCardResponseException {
        int i = offset;
        int tag = byteAt(data, i++, limit);
        if ((tag & 0x1F) == 0x1F) {
            int next;
            do {
                if (i - offset == MAX_TAG_BYTES) {
                    throw new MalformedCardResponseException("a BER-TLV tag longer than " + MAX_TAG_BYTES + " bytes");
                }
                next = byteAt(data, i++, limit);
                tag = (tag << 8) | next;
            } while ((next & 0x80) != 0);
        }
        int first = byteAt(data, i++, limit);
        int length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7F;
            if (count == 0 || count > MAX_LENGTH_BYTES) {
                throw new MalformedCardResponseException(String.format(
                        "BER-TLV length byte %02X: indefinite or absurd length", first));
            }
            length = 0;
            for (int k = 0; k < count; k++) {
                length = (length << 8) | byteAt(data, i++, limit);
            }
        }
        return new TlvHeader(offset, tag, i - offset, length);
    }

    /**
     * The items of a constructed object, one after the other from its value's first byte to its
     * end: each must end within the object, so a hostile length is refused rather than followed.
     */
    public static List<TlvHeader> children(byte[] data, TlvHeader parent) throws MalformedCardResponseException {
        if (parent.end() > data.length) {
            throw new MalformedCardResponseException(String.format("the %X object runs past its data", parent.tag()));
        }
        List<TlvHeader> items = new ArrayList<>();
        for (int at = parent.valueOffset(); at < parent.end(); ) {
            TlvHeader item = parse(data, at, parent.end());
            if (item.end() > parent.end()) {
                throw new MalformedCardResponseException(String.format(
                        "an item of the %X object runs past its end", parent.tag()));
            }
            items.add(item);
            at = item.end();
        }
        return items;
    }

    /** A copy of the value. */
    public byte[] value(byte[] data) {
        return Arrays.copyOfRange(data, valueOffset(), end());
    }

    /** A copy of the whole object, header included. */
    public byte[] encoded(byte[] data) {
        return Arrays.copyOfRange(data, offset, end());
    }

    private static int byteAt(byte[] data, int index, int limit) throws MalformedCardResponseException {
        if (index >= Math.min(limit, data.length)) {
            throw new MalformedCardResponseException("a BER-TLV header is cut off after " + (index) + " bytes");
        }
        return data[index] & 0xFF;
    }
}
