/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Japanese eras a living holder's birth date can fall in, with the code the signing
 * certificate puts before the birth date (docs/protocol.md §6) and the day each era began.
 */
public enum Era {
    MEIJI(1, "明治", LocalDate.of(1868, 10, 23)),
    TAISHO(2, "大正", LocalDate.of(1912, 7, 30)),
    SHOWA(3, "昭和", LocalDate.of(1926, 12, 25)),
    HEISEI(4, "平成", LocalDate.of(1989, 1, 8)),
    REIWA(5, "令和", LocalDate.of(2019, 5, 1));

    private final int code;
    private final String kanji;
    private final LocalDate start;

    Era(int code, String kanji, LocalDate start) {
        this.code = code;
        this.kanji = kanji;
        this.start = start;
    }

    public int code() {
        return code;
    }

    /** The era's name as written in a date, e.g. 昭和. */
    public String kanji() {
        return kanji;
    }

    public LocalDate start() {
        return start;
    }

    /** The era a date falls in; empty before Meiji. */
    public static Optional<Era> of(LocalDate date) {
        Era found = null;
        for (Era era : values()) {
            if (!date.isBefore(era.start)) {
                found = era;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The era with this certificate code (1–5); empty for 0 (unknown) and anything else. */
    public static Optional<Era> ofCode(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst();
    }

    /** The year within this era of a date in it (元年 = 1). */
    public int yearOf(LocalDate date) {
        return date.getYear() - start.getYear() + 1;
    }
}
