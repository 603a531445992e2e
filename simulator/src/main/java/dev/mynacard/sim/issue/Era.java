/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.time.LocalDate;

/**
 * The Japanese eras the card uses for birth dates: the era code in the signing certificate's
 * birth date ({@code EYYYYMMDD}) and the era year in 照合番号B. Each era starts on the day its
 * predecessor ended (Gregorian dates).
 */
public enum Era {
    MEIJI(1, LocalDate.of(1868, 10, 23)),
    TAISHO(2, LocalDate.of(1912, 7, 30)),
    SHOWA(3, LocalDate.of(1926, 12, 25)),
    HEISEI(4, LocalDate.of(1989, 1, 8)),
    REIWA(5, LocalDate.of(2019, 5, 1));

    private final int code;
    private final LocalDate start;

    Era(int code, LocalDate start) {
        this.code = code;
        this.start = start;
    }

    /** The era a date falls in. */
    public static Era of(LocalDate date) {
        Era[] eras = values();
        for (int i = eras.length - 1; i >= 0; i--) {
            if (!date.isBefore(eras[i].start)) {
                return eras[i];
            }
        }
        throw new IllegalArgumentException("date " + date + " is before the Meiji era");
    }

    /** The digit the signing certificate puts before the Gregorian birth date. */
    public int code() {
        return code;
    }

    public LocalDate start() {
        return start;
    }

    /** The year within this era (元年 = 1) of a date in this era. */
    public int yearOf(LocalDate date) {
        return date.getYear() - start.getYear() + 1;
    }
}
