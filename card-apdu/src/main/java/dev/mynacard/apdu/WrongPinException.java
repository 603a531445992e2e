/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.util.OptionalInt;

/**
 * A PIN was refused: 63Cx (x &gt; 0) with the tries left, or 6300, verification failed without a
 * count of tries (a PIN the card keeps no retry counter for: docs/protocol.md §14).
 */
public class WrongPinException extends SwException {
    private final OptionalInt triesLeft;

    /** 63Cx: {@code triesLeft} attempts remain. */
    public WrongPinException(int sw, int triesLeft) {
        super(sw, StatusWord.hex(sw) + ": wrong PIN, " + triesLeft + (triesLeft == 1 ? " try" : " tries") + " left");
        this.triesLeft = OptionalInt.of(triesLeft);
    }

    /** 6300: refused, and the card tells no count of tries. */
    public WrongPinException(int sw) {
        super(sw, StatusWord.hex(sw) + ": wrong PIN (the card keeps no count of tries for it)");
        this.triesLeft = OptionalInt.empty();
    }

    /** The attempts that remain; empty when the card keeps no count (6300). */
    public OptionalInt triesLeft() {
        return triesLeft;
    }
}
