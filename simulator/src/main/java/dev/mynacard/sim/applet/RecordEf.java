/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

/** A record EF (records numbered from 1), read with READ RECORD. */
public final class RecordEf extends Ef {
    private final short maxLength;
    private EfRecord first;
    private EfRecord last;
    private short count;

    RecordEf(short fid, short[] access, short maxLength) {
        super(fid, access);
        this.maxLength = maxLength;
    }

    short maxLength() {
        return maxLength;
    }

    void append(EfRecord record) {
        if (last == null) {
            first = record;
        } else {
            last.next = record;
        }
        last = record;
        count++;
    }

    public short recordCount() {
        return count;
    }

    /** Record {@code number} (1-based; the live array), or null when there is none. */
    public byte[] record(short number) {
        EfRecord r = first;
        for (short i = 1; r != null && i < number; i++) {
            r = r.next;
        }
        return number < 1 || r == null ? null : r.data;
    }
}
