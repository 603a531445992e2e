/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed login token (compact JWS, see {@link LoginClient}) ready to send to the relying party,
 * and its {@code exp}.
 */
public record LoginToken(String token, Instant expiresAt) {
    public LoginToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
