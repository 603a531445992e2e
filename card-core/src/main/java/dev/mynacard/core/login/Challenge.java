/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.time.Instant;
import java.util.Objects;

/** A single-use login challenge and when it stops being accepted. */
public record Challenge(String value, Instant expiresAt) {
    public Challenge {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
