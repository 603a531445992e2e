/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

/** One record of a record EF, chained to the next. */
final class EfRecord {
    final byte[] data;
    EfRecord next;

    EfRecord(byte[] data) {
        this.data = data;
    }
}
