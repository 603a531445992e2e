/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EraTest {
    @Test
    void boundariesFallOnTheFirstDayOfEachEra() {
        assertEquals(Era.MEIJI, Era.of(LocalDate.of(1912, 7, 29)));
        assertEquals(Era.TAISHO, Era.of(LocalDate.of(1912, 7, 30)));
        assertEquals(Era.TAISHO, Era.of(LocalDate.of(1926, 12, 24)));
        assertEquals(Era.SHOWA, Era.of(LocalDate.of(1926, 12, 25)));
        assertEquals(Era.SHOWA, Era.of(LocalDate.of(1989, 1, 7)));
        assertEquals(Era.HEISEI, Era.of(LocalDate.of(1989, 1, 8)));
        assertEquals(Era.HEISEI, Era.of(LocalDate.of(2019, 4, 30)));
        assertEquals(Era.REIWA, Era.of(LocalDate.of(2019, 5, 1)));
    }

    @Test
    void yearsWithinAnEraStartAtOne() {
        assertEquals(55, Era.SHOWA.yearOf(LocalDate.of(1980, 5, 5)));
        assertEquals(64, Era.SHOWA.yearOf(LocalDate.of(1989, 1, 7)));
        assertEquals(1, Era.HEISEI.yearOf(LocalDate.of(1989, 1, 8)));
        assertEquals(1, Era.REIWA.yearOf(LocalDate.of(2019, 5, 1)));
        assertEquals(45, Era.MEIJI.yearOf(LocalDate.of(1912, 7, 29)));
    }

    @Test
    void codesMatchTheSigningCertificate() {
        assertEquals(1, Era.MEIJI.code());
        assertEquals(2, Era.TAISHO.code());
        assertEquals(3, Era.SHOWA.code());
        assertEquals(4, Era.HEISEI.code());
        assertEquals(5, Era.REIWA.code());
    }

    @Test
    void datesBeforeMeijiAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Era.of(LocalDate.of(1868, 10, 22)));
    }
}
