/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.MynaApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The card record of the 共通AP (EF 0001, record 1): simple-TLV {@code 01 1C} and 28 ASCII digits,
 * the card's serial number (15), the issuing municipality's code (5) and the card's expiry date
 * (YYYYMMDD, docs/protocol.md §2).
 */
public record CardInfo(String serialNumber, String municipalityCode, LocalDate expiryDate) {
    public static final int EF = 0x0001;
    private static final int TAG = 0x01;
    private static final int LENGTH = 28;

    /** Reads the record: SELECT of the 共通AP and READ RECORD by short EF identifier. */
    public static CardInfo read(CardSession session) throws IOException {
        return session.exclusive(() -> parse(session.readRecord(MynaApplication.COMMON, EF, 1)));
    }

    /** Parses the record; bytes after the 30-byte TLV are ignored. */
    public static CardInfo parse(byte[] record) throws MalformedCardResponseException {
        if (record.length < 2 + LENGTH || record[0] != TAG || record[1] != LENGTH) {
            throw new MalformedCardResponseException("the 共通AP card record is not 01 1C followed by 28 digits");
        }
        String digits = new String(record, 2, LENGTH, StandardCharsets.US_ASCII);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new MalformedCardResponseException("the 共通AP card record holds something else than digits");
        }
        try {
            return new CardInfo(digits.substring(0, 15), digits.substring(15, 20),
                    LocalDate.parse(digits.substring(20), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeException e) {
            throw new MalformedCardResponseException("the 共通AP card record's expiry is not a date", e);
        }
    }

    /** The card's expiry seen from {@code now}: valid to the end of the expiry date. */
    public ExpiryReport expiry(Instant now) {
        return ExpiryReport.ofLastDay(expiryDate, now);
    }
}
