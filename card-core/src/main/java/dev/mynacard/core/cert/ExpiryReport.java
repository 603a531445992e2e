/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a certificate or the card expires, seen from an instant, in Japanese time.
 *
 * @param lastValidDay     the last day of validity (JST)
 * @param notAfter         the last instant of validity
 * @param daysLeft         days from today (JST) to the last valid day: 0 on that day, negative after
 * @param renewable whether renewal can be applied for (from 3 months before expiry, until expiry)
 * @param expired          whether the instant is after {@code notAfter}
 */
public record ExpiryReport(LocalDate lastValidDay, Instant notAfter, long daysLeft, boolean renewable,
                           boolean expired) {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Renewal can be applied for from this long before expiry (docs/protocol.md §7). */
    public static final Period RENEWAL_WINDOW = Period.ofMonths(3);

    /** The report for a certificate's notAfter. */
    public static ExpiryReport of(Instant notAfter, Instant now) {
        LocalDate lastDay = notAfter.atZone(JAPAN).toLocalDate();
        LocalDate today = now.atZone(JAPAN).toLocalDate();
        boolean expired = now.isAfter(notAfter);
        return new ExpiryReport(lastDay, notAfter, ChronoUnit.DAYS.between(today, lastDay),
                !expired && !today.isBefore(lastDay.minus(RENEWAL_WINDOW)), expired);
    }

    /** The report for something valid to the end of {@code lastValidDay} in Japan (the card). */
    public static ExpiryReport ofLastDay(LocalDate lastValidDay, Instant now) {
        return of(lastValidDay.plusDays(1).atStartOfDay(JAPAN).toInstant().minusNanos(1), now);
    }

    /** The report for a certificate. */
    public static ExpiryReport of(JpkiCertificate certificate, Instant now) {
        return of(certificate.notAfter(), now);
    }
}
