/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

/**
 * The holder's four PINs as VERIFY sends them: auth (JPKI EF 0018), the sign password (JPKI EF
 * 001B), text (text AP EF 0011) and juki (共通AP and 住基AP EF 001C).
 */
public record Pins(String auth, String signPassword, String text, String juki) {
    /** The PINs a fresh simulated card gets unless told otherwise: 1234, ABC123, 1234, 1234. */
    public static final Pins DEFAULT = new Pins("1234", "ABC123", "1234", "1234");

    public Pins {
        requireFourDigits(auth, "auth PIN");
        requireFourDigits(text, "text PIN");
        requireFourDigits(juki, "juki PIN");
        if (signPassword == null || !signPassword.matches("[A-Z0-9]{6,16}")) {
            throw new IllegalArgumentException("sign password must be 6-16 characters of A-Z and 0-9");
        }
    }

    private static void requireFourDigits(String pin, String what) {
        if (!MyNumber.isDigits(pin, 4)) {
            throw new IllegalArgumentException(what + " must be exactly 4 digits");
        }
    }

    public Pins withAuth(String pin) {
        return new Pins(pin, signPassword, text, juki);
    }

    public Pins withSignPassword(String password) {
        return new Pins(auth, password, text, juki);
    }

    public Pins withText(String pin) {
        return new Pins(auth, signPassword, pin, juki);
    }

    public Pins withJuki(String pin) {
        return new Pins(auth, signPassword, text, pin);
    }

    @Override
    public String toString() {
        return "Pins[redacted]";
    }
}
