/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.JCSystem;
import javacard.framework.Util;

/**
 * A PIN EF: the reference value (ASCII, as VERIFY sends it), its format, and a retry counter that
 * never recovers except through a correct PIN. The verified state is transient (cleared on
 * deselect and reset).
 */
public final class PinEf extends Ef {
    public static final byte FORMAT_DIGITS_4 = 1;
    public static final byte FORMAT_ALPHANUMERIC_6_16 = 2;
    public static final byte FORMAT_DIGITS_12 = 3;
    public static final byte FORMAT_DIGITS_14 = 4;
    public static final short MAX_LENGTH = 16;
    public static final byte MAX_TRIES = 15;

    private final byte format;
    private final byte maxTries;
    private final byte[] value;
    private byte length;
    private byte triesLeft;
    private final boolean[] verified;

    PinEf(short fid, byte format, byte maxTries, byte triesLeft) {
        super(fid, new short[0]);
        this.format = format;
        this.maxTries = maxTries;
        this.triesLeft = triesLeft;
        value = new byte[MAX_LENGTH];
        verified = JCSystem.makeTransientBooleanArray((short) 1, JCSystem.CLEAR_ON_DESELECT);
    }

    static boolean isValidFormat(byte format) {
        return format >= FORMAT_DIGITS_4 && format <= FORMAT_DIGITS_14;
    }

    /** Whether a new value may be set by the holder (the 照合番号 are fixed by the card's data). */
    boolean isChangeable() {
        return format == FORMAT_DIGITS_4 || format == FORMAT_ALPHANUMERIC_6_16;
    }

    /** Whether {@code len} bytes at {@code off} are a well-formed value for this PIN's format. */
    boolean isWellFormed(byte[] buf, short off, short len) {
        short min;
        short max;
        boolean letters = false;
        switch (format) {
            case FORMAT_DIGITS_4:
                min = 4;
                max = 4;
                break;
            case FORMAT_ALPHANUMERIC_6_16:
                min = 6;
                max = 16;
                letters = true;
                break;
            case FORMAT_DIGITS_12:
                min = 12;
                max = 12;
                break;
            default:
                min = 14;
                max = 14;
                break;
        }
        if (len < min || len > max) {
            return false;
        }
        for (short i = 0; i < len; i++) {
            byte c = buf[(short) (off + i)];
            boolean digit = c >= '0' && c <= '9';
            boolean letter = letters && c >= 'A' && c <= 'Z';
            if (!digit && !letter) {
                return false;
            }
        }
        return true;
    }

    /** Replaces the value; the caller has checked {@link #isWellFormed}. */
    void setValue(byte[] buf, short off, short len) {
        // One transaction: cutting the power leaves the old value or the new one, never a mix.
        JCSystem.beginTransaction();
        Util.arrayCopy(buf, off, value, (short) 0, len);
        for (short i = len; i < MAX_LENGTH; i++) {
            value[i] = 0;
        }
        length = (byte) len;
        JCSystem.commitTransaction();
    }

    /**
     * Checks a presented value. The try is spent before comparing (so cutting the power mid-check
     * cannot save it) and given back only on a match; the comparison takes the same time whatever
     * the value. The caller has checked the PIN is not blocked.
     */
    boolean check(byte[] buf, short off, short len) {
        verified[0] = false;
        triesLeft--;
        byte diff = (byte) (len ^ length);
        for (short i = 0; i < MAX_LENGTH; i++) {
            byte presented = i < len ? buf[(short) (off + i)] : 0;
            diff |= (byte) (presented ^ value[i]);
        }
        if (diff != 0) {
            return false;
        }
        triesLeft = maxTries;
        verified[0] = true;
        return true;
    }

    /** Whether {@link #restore} takes this value and counter: a value of the format, a counter up to the maximum. */
    public boolean canRestore(byte[] buf, short off, short len, byte tries) {
        return isWellFormed(buf, off, len) && tries >= 0 && tries <= maxTries;
    }

    /**
     * Takes the value and counter another process saved for this card (the simulator host keeps one
     * card in a state file that several processes use); the caller has checked {@link #canRestore}.
     * The verified state ends when either differs, as another session's VERIFY or CHANGE would
     * have ended it.
     */
    public void restore(byte[] buf, short off, short len, byte tries) {
        if (len == length && tries == triesLeft && Util.arrayCompare(buf, off, value, (short) 0, len) == 0) {
            return;
        }
        Util.arrayCopyNonAtomic(buf, off, value, (short) 0, len);
        Util.arrayFillNonAtomic(value, len, (short) (MAX_LENGTH - len), (byte) 0);
        length = (byte) len;
        triesLeft = tries;
        verified[0] = false;
    }

    public boolean isVerified() {
        return verified[0];
    }

    public boolean isBlocked() {
        return triesLeft == 0;
    }

    public byte format() {
        return format;
    }

    public byte maxTries() {
        return maxTries;
    }

    public byte triesLeft() {
        return triesLeft;
    }

    /** Copies the value into {@code dest} and returns its length. */
    public short copyValue(byte[] dest, short off) {
        return (short) (Util.arrayCopyNonAtomic(value, (short) 0, dest, off, length) - off);
    }
}
