/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import dev.mynacard.core.card.MalformedCardResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 16-byte key identifier (証明者鍵ID, 被証明者鍵ID): 7 ASCII digits, {@code 08 05}, 3 ASCII digits,
 * then 4 bytes whose last is not always zero (docs/protocol.md §14). It names a key, not an issuer;
 * identifiers are compared on all 16 bytes.
 */
public final class KeyId {
    public static final int LENGTH = 16;
    private static final int NUMBER_LENGTH = 7;
    private static final int GROUP_OFFSET = 9;
    private static final int GROUP_LENGTH = 3;

    private final byte[] bytes;

    private KeyId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Parses 16 bytes whose two digit groups are ASCII digits. */
    public static KeyId parse(byte[] data, int offset) throws MalformedCardResponseException {
        if (offset < 0 || data.length - offset < LENGTH) {
            throw new MalformedCardResponseException("a key identifier needs 16 bytes");
        }
        byte[] bytes = Arrays.copyOfRange(data, offset, offset + LENGTH);
        if (!digits(bytes, 0, NUMBER_LENGTH) || !digits(bytes, GROUP_OFFSET, GROUP_LENGTH)) {
            throw new MalformedCardResponseException("a key identifier has no digits where they belong");
        }
        return new KeyId(bytes);
    }

    /** Parses a hexadecimal identifier, e.g. from a key list. */
    public static KeyId ofHex(String hex) {
        try {
            return parse(HexFormat.of().parseHex(hex), 0);
        } catch (MalformedCardResponseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a key identifier: " + hex, e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The seven digits that name the key, e.g. {@code 5000023}. */
    public String number() {
        return new String(bytes, 0, NUMBER_LENGTH, StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyId id && Arrays.equals(bytes, id.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** E.g. {@code 5000023/001}, plus the last four bytes in hex when they are not zero. */
    @Override
    public String toString() {
        String tail = HexFormat.of().withUpperCase().formatHex(bytes, GROUP_OFFSET + GROUP_LENGTH, LENGTH);
        return number() + "/" + new String(bytes, GROUP_OFFSET, GROUP_LENGTH, StandardCharsets.US_ASCII)
                + ("00000000".equals(tail) ? "" : " " + tail);
    }

    private static boolean digits(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
