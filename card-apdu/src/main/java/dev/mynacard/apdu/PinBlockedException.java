/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

/** The PIN has no tries left: 63C0 after a VERIFY, or 6983 / 6984 (docs/protocol.md §3). */
public class PinBlockedException extends SwException {
    public PinBlockedException(int sw) {
        super(sw, StatusWord.hex(sw) + ": PIN blocked, no tries left");
    }
}
