/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.option;

import dev.mynacard.core.cert.ExpiryReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --at: an ISO-8601 instant ({@code 2026-04-01T00:00:00Z}) or a date, taken as its start in Japan. */
public final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(value).atStartOfDay(ExpiryReport.JAPAN).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new TypeConversionException("'" + value + "' is neither an ISO-8601 instant such as"
                        + " 2026-04-01T00:00:00Z nor a date such as 2026-04-01");
            }
        }
    }
}
