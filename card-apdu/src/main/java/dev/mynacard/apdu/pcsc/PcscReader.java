/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

/**
 * A PC/SC reader as listed: its position in the list (0-based), its PC/SC name and whether a card
 * was present when the list was taken.
 */
public record PcscReader(int index, String name, boolean cardPresent) {
    @Override
    public String toString() {
        return index + ": " + name + (cardPresent ? " (card present)" : " (no card)");
    }
}
