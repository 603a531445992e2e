/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.option;

import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** --wait and --apdu-timeout: seconds, whole or with up to three decimals ({@code 120}, {@code 2.5}), at most a day. */
public final class SecondsConverter implements ITypeConverter<Duration> {
    private static final BigDecimal MAX = BigDecimal.valueOf(Duration.ofDays(1).toSeconds());

    @Override
    public Duration convert(String value) {
        if (value.matches("\\d{1,6}(\\.\\d{1,3})?")) {
            BigDecimal seconds = new BigDecimal(value);
            if (seconds.compareTo(MAX) <= 0) {
                return Duration.ofMillis(seconds.movePointRight(3).longValueExact());
            }
        }
        throw new InvalidValueException("invalid.seconds", value, MAX.toPlainString());
    }
}
