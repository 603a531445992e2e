/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

/** A transparent EF of fixed size, read with READ BINARY. */
public final class BinaryEf extends Ef {
    private final byte[] content;

    BinaryEf(short fid, short[] access, short size) {
        super(fid, access);
        content = new byte[size];
    }

    /** The file's bytes (the live array: the host copies it). */
    public byte[] content() {
        return content;
    }

    public short size() {
        return (short) content.length;
    }
}
