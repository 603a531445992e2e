/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.util.random.RandomGenerator;

/** The 12-digit 個人番号 and its check digit (docs/protocol.md §10). */
public final class MyNumber {
    public static final int LENGTH = 12;

    private MyNumber() {
    }

    /**
     * The check digit for the first 11 digits. Numbering those digits from the right n = 1…11, the
     * weight is n+1 for n ≤ 6 and n−5 for n ≥ 7; r = Σ digit·weight mod 11; the check digit is 0 when
     * r ≤ 1, else 11 − r.
     */
    public static int checkDigit(String firstEleven) {
        if (!isDigits(firstEleven, LENGTH - 1)) {
            throw new IllegalArgumentException("expected 11 ASCII digits");
        }
        int sum = 0;
        for (int n = 1; n <= LENGTH - 1; n++) {
            int digit = firstEleven.charAt(LENGTH - 1 - n) - '0';
            int weight = n <= 6 ? n + 1 : n - 5;
            sum += digit * weight;
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /** Whether a string is 12 ASCII digits whose last digit is the right check digit. */
    public static boolean isValid(String number) {
        return isDigits(number, LENGTH)
                && checkDigit(number.substring(0, LENGTH - 1)) == number.charAt(LENGTH - 1) - '0';
    }

    /** A random number with a correct check digit. */
    public static String generate(RandomGenerator random) {
        String firstEleven = SeededRandom.digits(random, LENGTH - 1);
        return firstEleven + checkDigit(firstEleven);
    }

    static boolean isDigits(String s, int length) {
        return s != null && s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
