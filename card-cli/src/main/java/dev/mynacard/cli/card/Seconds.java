/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import java.math.BigDecimal;
import java.time.Duration;

/** A duration as the seconds a user typed: {@code 120}, {@code 2.5}. */
public final class Seconds {
    private Seconds() {
    }

    public static String format(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
