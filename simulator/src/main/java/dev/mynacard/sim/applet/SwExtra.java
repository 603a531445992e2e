/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

/** ISO 7816-4 status words the Java Card ISO7816 interface does not name. */
final class SwExtra {
    /** 6984: reference data not usable (PIN blocked). */
    static final short SW_PIN_BLOCKED = 0x6984;
    /** 6981: command incompatible with the file structure (e.g. READ BINARY on a record EF). */
    static final short SW_INCOMPATIBLE_FILE = 0x6981;
    /** 6A89: file already exists. */
    static final short SW_FILE_EXISTS = 0x6A89;
    /** 63C0: verification failed, x tries left in the low nibble. */
    static final short SW_TRIES_LEFT = 0x63C0;

    private SwExtra() {
    }
}
