/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

/** A PIN EF: its value (ASCII, as sent in VERIFY), its format and its retry counter. */
public record PinFile(int fid, byte[] value, PinFormat format, int maxTries, int triesLeft)
        implements ElementaryFile {
    public PinFile {
        value = value.clone();
        if (maxTries < 1 || maxTries > 15 || triesLeft < 0 || triesLeft > maxTries) {
            throw new IllegalArgumentException("retry counter " + triesLeft + "/" + maxTries + " is invalid");
        }
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** Redacts the value: an image may be logged, a PIN must not be. */
    @Override
    public String toString() {
        return "PinFile[fid=" + fid + ", format=" + format + ", tries=" + triesLeft + "/" + maxTries + "]";
    }
}
