/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** The days (UTC) a root is valid, first and last. */
public record RootValidity(LocalDate from, LocalDate until) {
    public RootValidity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    static RootValidity of(X509Certificate root) {
        return new RootValidity(LocalDate.ofInstant(root.getNotBefore().toInstant(), ZoneOffset.UTC),
                LocalDate.ofInstant(root.getNotAfter().toInstant(), ZoneOffset.UTC));
    }

    static RootValidity parse(String from, String until) {
        return new RootValidity(LocalDate.parse(from), LocalDate.parse(until));
    }
}
