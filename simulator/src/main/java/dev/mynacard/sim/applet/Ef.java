/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

/**
 * An elementary file of an application. {@code access} lists the PIN EFs any one of which, once
 * verified, opens the file (read for data EFs, use for keys); an empty list means free.
 *
 * <p>The public accessors serve the simulator host, which reads the card's state from the applet
 * objects; no APDU reaches them (on a real card the applet firewall would also keep them private).
 */
public abstract class Ef {
    private final short fid;
    private final short[] access;

    Ef(short fid, short[] access) {
        this.fid = fid;
        this.access = access;
    }

    public final short fid() {
        return fid;
    }

    public final short accessCount() {
        return (short) access.length;
    }

    /** The FID of the {@code index}-th PIN EF that opens this file. */
    public final short access(short index) {
        return access[index];
    }
}
