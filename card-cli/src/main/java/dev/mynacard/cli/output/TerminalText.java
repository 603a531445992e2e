/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import java.util.HexFormat;

/**
 * Text from outside (a certificate, the card, a phone, a file name, a reader, an error) made safe
 * to show on a terminal: every character a terminal or a bidirectional layout would act on
 * instead of showing is written as a visible escape. C0 and C1 controls and DEL become
 * {@code \x1b}, {@code \x0a}, {@code \x9b}…; the bidirectional marks, embeddings, overrides and
 * isolates and the Unicode line and paragraph separators become <code>&#92;u202e</code>… A line break or a
 * tab inside a value is escaped too: a value never starts a line of its own. Backslashes are left
 * as they are, so escaping twice changes nothing.
 */
public final class TerminalText {
    private static final HexFormat HEX = HexFormat.of();

    private TerminalText() {
    }

    /** {@code text} with every {@linkplain #isUnsafe unsafe} character escaped. */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                safe.append(c);
            } else if (c <= 0xFF) {
                safe.append("\\x").append(HEX.toHexDigits((byte) c));
            } else {
                safe.append("\\u").append(HEX.toHexDigits(c));
            }
        }
        return safe.toString();
    }

    /**
     * Whether a terminal would act on {@code c} rather than show it: a C0 or C1 control or DEL
     * (Unicode category Cc), a bidirectional formatting character (U+061C, U+200E, U+200F,
     * U+202A–U+202E, U+2066–U+2069) or a line or paragraph separator (U+2028, U+2029).
     */
    public static boolean isUnsafe(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
