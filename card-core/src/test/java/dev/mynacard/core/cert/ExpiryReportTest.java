/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TestCards;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ExpiryReportTest {
    private static Instant jst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ExpiryReport.JAPAN).toInstant();
    }

    @Test
    void defaultCertificatesExpireOnTheFifthBirthdayAfterIssuance() throws Exception {
        JpkiCertificate auth = JpkiCertificate.of(TestCards.defaultCard().authCertificate());
        ExpiryReport report = ExpiryReport.of(auth, jst("2026-01-01T12:00"));
        assertEquals(LocalDate.of(2030, 5, 5), report.lastValidDay());
        assertEquals(jst("2030-05-05T23:59:59"), report.notAfter());
        assertEquals(1585, report.daysLeft());
        assertFalse(report.renewable());
        assertFalse(report.expired());
    }

    @Test
    void renewablesThreeMonthsBeforeExpiry() {
        Instant notAfter = jst("2030-05-05T23:59:59");
        assertFalse(ExpiryReport.of(notAfter, jst("2030-02-04T23:59:59")).renewable());
        ExpiryReport opened = ExpiryReport.of(notAfter, jst("2030-02-05T00:00"));
        assertTrue(opened.renewable());
        assertEquals(89, opened.daysLeft());
        ExpiryReport lastDay = ExpiryReport.of(notAfter, jst("2030-05-05T23:59:59"));
        assertEquals(0, lastDay.daysLeft());
        assertTrue(lastDay.renewable());
        assertFalse(lastDay.expired());
        ExpiryReport after = ExpiryReport.of(notAfter, jst("2030-05-06T00:00"));
        assertTrue(after.expired());
        assertFalse(after.renewable());
        assertEquals(-1, after.daysLeft());
    }

    @Test
    void theCardIsValidToTheEndOfItsExpiryDay() throws Exception {
        CardInfo info = CardInfo.parse(("\u0001\u001c" + "000000000000001" + "08220" + "20350505").getBytes(StandardCharsets.US_ASCII));
        assertFalse(info.expiry(jst("2035-05-05T23:59:59")).expired());
        assertTrue(info.expiry(jst("2035-05-06T00:00")).expired());
        assertEquals(3652, info.expiry(jst("2025-05-05T09:00")).daysLeft());
    }

    @Test
    void malformedCardRecords() {
        for (String bad : new String[] {"", "\u0001\u001c12345", "\u0002\u001c000000000000001082202035050512",
                "\u0001\u001b000000000000001082202035050512", "\u0001\u001c00000000000000108220203505A5",
                "\u0001\u001c000000000000001082202035023 0", "\u0001\u001c00000000000000108220203502300"}) {
            assertThrows(MalformedCardResponseException.class,
                    () -> CardInfo.parse(bad.getBytes(StandardCharsets.ISO_8859_1)), bad);
        }
    }
}
