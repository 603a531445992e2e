/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import java.util.List;

/** Deliberately breaks the Java Card subset, one rule per member, for {@link JavaCardSubsetTest}. Never run. */
final class NonConformingSample {
    private long counter;
    private final String label = "label";

    int count(List<byte[]> items) {
        return items.size();
    }

    byte[] copyOf(byte[] data) {
        return new byte[data.length];
    }

    short half(short value) {
        return (short) (value * 0.5);
    }

    synchronized void locked() {
        counter++;
    }
}
