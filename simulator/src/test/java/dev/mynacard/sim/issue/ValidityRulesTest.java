/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityRulesTest {
    private static final LocalDate BORN = LocalDate.of(1980, 5, 5);

    @Test
    void birthdaysAreCountedStrictlyAfterTheDate() {
        assertEquals(LocalDate.of(2026, 5, 5), ValidityRules.nthBirthdayAfter(BORN, LocalDate.of(2025, 6, 2), 1));
        assertEquals(LocalDate.of(2025, 5, 5), ValidityRules.nthBirthdayAfter(BORN, LocalDate.of(2025, 5, 4), 1));
        assertEquals(LocalDate.of(2026, 5, 5), ValidityRules.nthBirthdayAfter(BORN, LocalDate.of(2025, 5, 5), 1));
        assertEquals(LocalDate.of(2030, 5, 5), ValidityRules.nthBirthdayAfter(BORN, LocalDate.of(2025, 5, 5), 5));
    }

    @Test
    void leapDayBirthdaysFallOnTheTwentyEighthInCommonYears() {
        LocalDate leap = LocalDate.of(2004, 2, 29);
        assertEquals(LocalDate.of(2029, 2, 28), ValidityRules.nthBirthdayAfter(leap, LocalDate.of(2024, 3, 1), 5));
        assertEquals(LocalDate.of(2032, 2, 29), ValidityRules.nthBirthdayAfter(leap, LocalDate.of(2024, 3, 1), 8));
    }

    @Test
    void certificatesLastUntilTheFifthBirthday() {
        assertEquals(LocalDate.of(2030, 5, 5), ValidityRules.certificateExpiry(BORN, LocalDate.of(2025, 6, 2)));
    }

    @Test
    void adultsFrom2022AreEighteen() {
        LocalDate issued = LocalDate.of(2024, 6, 1);
        LocalDate eighteen = LocalDate.of(2006, 5, 31);
        LocalDate seventeen = LocalDate.of(2006, 6, 2);
        assertEquals(LocalDate.of(2034, 5, 31), ValidityRules.cardExpiry(eighteen, issued));
        assertEquals(LocalDate.of(2028, 6, 2), ValidityRules.cardExpiry(seventeen, issued));
    }

    @Test
    void adultsBefore2022AreTwenty() {
        LocalDate issued = LocalDate.of(2021, 6, 1);
        LocalDate nineteen = LocalDate.of(2002, 1, 1);
        LocalDate twenty = LocalDate.of(2001, 1, 1);
        assertEquals(LocalDate.of(2026, 1, 1), ValidityRules.cardExpiry(nineteen, issued));
        assertEquals(LocalDate.of(2031, 1, 1), ValidityRules.cardExpiry(twenty, issued));
    }
}
