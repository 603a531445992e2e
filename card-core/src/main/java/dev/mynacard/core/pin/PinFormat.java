/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import java.util.Arrays;

/** The formats of the card's PINs (docs/protocol.md §3) and of the text AP's 照合番号. */
public enum PinFormat {
    DIGITS_4(4, 4, false, "exactly 4 digits"),
    /** The sign password: lower-case letters are sent in upper case. */
    ALPHANUMERIC_6_16(6, 16, true, "6–16 characters A–Z and 0–9"),
    DIGITS_12(12, 12, false, "exactly 12 digits"),
    DIGITS_14(14, 14, false, "exactly 14 digits");

    private final int minLength;
    private final int maxLength;
    private final boolean letters;
    private final String rule;

    PinFormat(int minLength, int maxLength, boolean letters, String rule) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.letters = letters;
        this.rule = rule;
    }

    /** The rule in words, e.g. "exactly 4 digits". */
    public String rule() {
        return rule;
    }

    /**
     * The ASCII bytes VERIFY sends for {@code pin}, in a new array the caller wipes.
     *
     * @throws PinFormatException when the PIN breaks this format (nothing is allocated then)
     */
    public byte[] encode(Pin pin) {
        check(pin);
        char[] chars = pin.chars();
        byte[] ascii = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            ascii[i] = (byte) Character.toUpperCase(chars[i]);
        }
        return ascii;
    }

    /** Checks {@code pin} against this format without encoding it. */
    public void check(Pin pin) {
        char[] chars = pin.chars();
        if (chars.length < minLength || chars.length > maxLength) {
            throw new PinFormatException("the PIN must be " + rule);
        }
        for (char c : chars) {
            boolean digit = c >= '0' && c <= '9';
            boolean letter = letters && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
            if (!digit && !letter) {
                throw new PinFormatException("the PIN must be " + rule);
            }
        }
    }

    /** Wipes an encoded PIN. */
    public static void wipe(byte[] encoded) {
        if (encoded != null) {
            Arrays.fill(encoded, (byte) 0);
        }
    }
}
