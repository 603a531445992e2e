/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a card and its certificates are valid (docs/protocol.md §7), with the issuance date
 * standing for the application date. A birthday on the issuance day itself does not count; a
 * 29 February birthday falls on 28 February in common years.
 */
public final class ValidityRules {
    /** Applications from this date use the age of majority 18 instead of 20. */
    static final LocalDate ADULT_AT_18_FROM = LocalDate.of(2022, 4, 1);
    static final int CERTIFICATE_BIRTHDAYS = 5;
    static final int ADULT_CARD_BIRTHDAYS = 10;
    static final int MINOR_CARD_BIRTHDAYS = 5;

    private ValidityRules() {
    }

    /** The n-th birthday strictly after {@code date} (n ≥ 1). */
    public static LocalDate nthBirthdayAfter(LocalDate birthDate, LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        int years = date.getYear() - birthDate.getYear();
        if (!birthDate.plusYears(years).isAfter(date)) {
            years++;
        }
        return birthDate.plusYears(years + n - 1L);
    }

    /** Card expiry: 10th birthday after issuance for adults, 5th for minors (18 from 2022-04, else 20). */
    public static LocalDate cardExpiry(LocalDate birthDate, LocalDate issuanceDate) {
        int majority = issuanceDate.isBefore(ADULT_AT_18_FROM) ? 20 : 18;
        int age = Period.between(birthDate, issuanceDate).getYears();
        int birthdays = age >= majority ? ADULT_CARD_BIRTHDAYS : MINOR_CARD_BIRTHDAYS;
        return nthBirthdayAfter(birthDate, issuanceDate, birthdays);
    }

    /** Both certificates: until the 5th birthday after issuance. */
    public static LocalDate certificateExpiry(LocalDate birthDate, LocalDate issuanceDate) {
        return nthBirthdayAfter(birthDate, issuanceDate, CERTIFICATE_BIRTHDAYS);
    }
}
