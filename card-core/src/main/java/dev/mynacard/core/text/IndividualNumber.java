/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import dev.mynacard.core.card.MalformedCardResponseException;
import java.nio.charset.StandardCharsets;

/**
 * 個人番号: 12 digits, the last a check digit (docs/protocol.md §10). A number with a wrong check
 * digit is kept and reported by {@link #checkDigitValid()}, not hidden. {@code toString} shows only
 * the last 4 digits; {@link #digits()} gives the whole number to a caller that needs it.
 */
public record IndividualNumber(String digits) {
    public static final int LENGTH = 12;
    /** Text AP EF 0001: {@code FF 10 0C}, the 12 ASCII digits, filler. */
    public static final int EF = 0x0001;
    public static final int EF_LENGTH = 17;

    public IndividualNumber {
        if (!isDigits(digits)) {
            throw new IllegalArgumentException("a 個人番号 is 12 ASCII digits");
        }
    }

    /** Whether the last digit is the check digit of the first eleven. */
    public boolean checkDigitValid() {
        return digits.charAt(LENGTH - 1) - '0' == checkDigit(digits.substring(0, LENGTH - 1));
    }

    /**
     * The check digit of 11 digits: numbering them from the right n = 1…11, weights n+1 (n ≤ 6)
     * and n−5 (n ≥ 7); r = Σ digit·weight mod 11; 0 when r ≤ 1, else 11 − r.
     */
    public static int checkDigit(String firstEleven) {
        if (firstEleven.length() != LENGTH - 1 || !firstEleven.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("the check digit needs 11 ASCII digits");
        }
        int sum = 0;
        for (int n = 1; n < LENGTH; n++) {
            sum += (firstEleven.charAt(LENGTH - 1 - n) - '0') * (n <= 6 ? n + 1 : n - 5);
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /** Parses text AP EF 0001. */
    public static IndividualNumber parseEf(byte[] ef) throws MalformedCardResponseException {
        if (ef.length < 3 + LENGTH || (ef[0] & 0xFF) != 0xFF || ef[1] != 0x10 || ef[2] != LENGTH) {
            throw new MalformedCardResponseException("text AP EF 0001 does not start with FF 10 0C");
        }
        String digits = new String(ef, 3, LENGTH, StandardCharsets.US_ASCII);
        if (!isDigits(digits)) {
            throw new MalformedCardResponseException("text AP EF 0001 holds something else than 12 digits");
        }
        return new IndividualNumber(digits);
    }

    /** The last 4 digits behind 8 asterisks, e.g. {@code ********9018}. */
    public String masked() {
        return "*".repeat(LENGTH - 4) + digits.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return "IndividualNumber[" + masked() + "]";
    }

    private static boolean isDigits(String s) {
        return s != null && s.length() == LENGTH && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
