/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date shown both ways: 和暦 (e.g. 昭和55年5月5日) and Gregorian (1980-05-05).
 *
 * @param era  the era the date falls in
 * @param date the Gregorian date
 */
public record JapaneseDate(Era era, LocalDate date) {
    public JapaneseDate {
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(date, "date");
        if (Era.of(date).orElse(null) != era) {
            throw new IllegalArgumentException(date + " is not in the " + era + " era");
        }
    }

    /**
     * The date in the era it falls in.
     *
     * @throws IllegalArgumentException for a date before the Meiji era
     */
    public static JapaneseDate of(LocalDate date) {
        return new JapaneseDate(Era.of(date).orElseThrow(
                () -> new IllegalArgumentException(date + " is before the Meiji era")), date);
    }

    /** The year within the era (元年 = 1). */
    public int eraYear() {
        return era.yearOf(date);
    }

    /** 和暦, e.g. 昭和55年5月5日, or 令和元年5月1日 for the first year of an era. */
    public String wareki() {
        int year = eraYear();
        return era.kanji() + (year == 1 ? "元" : Integer.toString(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** E.g. {@code 昭和55年5月5日 (1980-05-05)}. */
    @Override
    public String toString() {
        return wareki() + " (" + date + ")";
    }
}
