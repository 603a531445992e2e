/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

/** A PIN was refused (63Cx, x &gt; 0): {@link #triesLeft()} attempts remain. */
public class WrongPinException extends SwException {
    private final int triesLeft;

    public WrongPinException(int sw, int triesLeft) {
        super(sw, StatusWord.hex(sw) + ": wrong PIN, " + triesLeft + (triesLeft == 1 ? " try" : " tries") + " left");
        this.triesLeft = triesLeft;
    }

    public int triesLeft() {
        return triesLeft;
    }
}
