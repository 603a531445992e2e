/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;

/** The EFs of one application and its current EF (transient: none after selection or reset). */
final class FileSystem {
    /** EF IDs on this card run from 0001 to 001E. */
    static final short CAPACITY = 30;
    private static final short MAX_SFI = 30;

    private final Ef[] files;
    private short count;
    /** Index + 1 of the current EF; 0 = none. */
    private final short[] current;

    FileSystem() {
        files = new Ef[CAPACITY];
        current = JCSystem.makeTransientShortArray((short) 1, JCSystem.CLEAR_ON_DESELECT);
    }

    short count() {
        return count;
    }

    Ef at(short index) {
        return files[index];
    }

    boolean isFull() {
        return count == CAPACITY;
    }

    /** Adds an EF (the caller has checked its FID is new and there is room) and makes it current. */
    void add(Ef ef) {
        files[count] = ef;
        count++;
        current[0] = count;
    }

    Ef find(short fid) {
        for (short i = 0; i < count; i++) {
            if (files[i].fid() == fid) {
                return files[i];
            }
        }
        return null;
    }

    /** Makes the EF {@code fid} current; 6A82 when there is none. */
    Ef select(short fid) {
        for (short i = 0; i < count; i++) {
            if (files[i].fid() == fid) {
                current[0] = (short) (i + 1);
                return files[i];
            }
        }
        ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
        return null;
    }

    /** The EF a short EF identifier names (FID 00xx = SFI xx); 6A86 for a bad SFI, 6A82 for none. */
    Ef bySfi(byte sfi) {
        if (sfi < 1 || sfi > MAX_SFI) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        Ef ef = find(sfi);
        if (ef == null) {
            ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
        }
        return ef;
    }

    /** The current EF; 6986 when there is none. */
    Ef current() {
        if (current[0] == 0) {
            ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
        }
        return files[(short) (current[0] - 1)];
    }

    /** Whether the EF is free or one of the PINs that open it is verified. */
    boolean isOpen(Ef ef) {
        short n = ef.accessCount();
        if (n == 0) {
            return true;
        }
        for (short i = 0; i < n; i++) {
            Ef pin = find(ef.access(i));
            if (pin instanceof PinEf && ((PinEf) pin).isVerified()) {
                return true;
            }
        }
        return false;
    }

    void requireOpen(Ef ef) {
        if (!isOpen(ef)) {
            ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
        }
    }
}
