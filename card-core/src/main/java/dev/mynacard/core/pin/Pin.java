/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PIN, password or 照合番号 as the holder typed it. It holds its own copy of the characters,
 * wiped by {@link #close()}; it never shows them ({@code toString} is redacted, no equals).
 * Encoding for the card happens in {@link PinFormat#encode(Pin)}, into an array the caller wipes.
 * The caller closes the PIN (try-with-resources); the library's services neither keep nor close it.
 */
public final class Pin implements AutoCloseable {
    private final char[] chars;
    private boolean closed;

    private Pin(char[] chars) {
        this.chars = chars;
    }

    /** A PIN holding a copy of {@code value}; the caller still wipes its own array. */
    public static Pin of(char[] value) {
        Objects.requireNonNull(value, "value");
        return new Pin(value.clone());
    }

    /**
     * The ASCII bytes VERIFY sends for this PIN as {@code reference}, in a new array the caller
     * wipes ({@link PinFormat#wipe}).
     *
     * @throws PinFormatException when the PIN breaks the reference's format
     */
    public byte[] encode(PinReference reference) {
        return reference.format().encode(this);
    }

    /** The characters themselves (no copy), for {@link PinFormat} only. */
    synchronized char[] chars() {
        if (closed) {
            throw new IllegalStateException("the PIN was closed and wiped");
        }
        return chars;
    }

    /** Wipes the characters; the PIN cannot be used afterwards. */
    @Override
    public synchronized void close() {
        Arrays.fill(chars, '\0');
        closed = true;
    }

    @Override
    public String toString() {
        return "Pin[<redacted>]";
    }
}
