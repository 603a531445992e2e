/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

/**
 * Tries left on each of the holder's PINs when the card is issued: full counters for a new card,
 * fewer to simulate a card whose PINs were mistyped, 0 for a blocked PIN. The juki counter applies
 * to both copies of the juki PIN.
 */
public record PinTries(int auth, int sign, int text, int juki) {
    public static final int AUTH_MAX = 3;
    public static final int SIGN_MAX = 5;
    public static final int TEXT_MAX = 3;
    public static final int JUKI_MAX = 3;

    /** Every counter at its maximum, as on a newly issued card. */
    public static final PinTries FULL = new PinTries(AUTH_MAX, SIGN_MAX, TEXT_MAX, JUKI_MAX);

    public PinTries {
        requireRange(auth, AUTH_MAX, "auth");
        requireRange(sign, SIGN_MAX, "sign");
        requireRange(text, TEXT_MAX, "text");
        requireRange(juki, JUKI_MAX, "juki");
    }

    private static void requireRange(int tries, int max, String what) {
        if (tries < 0 || tries > max) {
            throw new IllegalArgumentException(what + " PIN tries left must be 0.." + max + ", was " + tries);
        }
    }

    public PinTries withAuth(int tries) {
        return new PinTries(tries, sign, text, juki);
    }

    public PinTries withSign(int tries) {
        return new PinTries(auth, tries, text, juki);
    }

    public PinTries withText(int tries) {
        return new PinTries(auth, sign, tries, juki);
    }

    public PinTries withJuki(int tries) {
        return new PinTries(auth, sign, text, tries);
    }
}
