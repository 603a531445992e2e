/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of validating one certificate, check by check.
 *
 * @param purpose the purpose checked for; empty for a root-only check
 * @param at      the instant validity was judged at
 * @param root    the trusted root the certificate chains to, when it does
 * @param crlGiven a CRL was given to check revocation with: then revocation must pass, and "not
 *                 checked" (a CRL that does not cover the certificate) counts against validity
 */
public record ValidationReport(X509Certificate certificate, Optional<CertificatePurpose> purpose, Instant at,
                               Optional<TrustedRoot> root, List<Check> checks, boolean crlGiven) {
    public ValidationReport {
        checks = List.copyOf(checks);
    }

    /**
     * True when no check failed; checks not performed do not count (revocation without a CRL),
     * except revocation when a CRL was given.
     */
    public boolean isValid() {
        return failures().isEmpty();
    }

    /** The checks that make the certificate not valid. */
    public List<Check> failures() {
        return checks.stream().filter(this::countsAgainst).toList();
    }

    public Optional<Check> check(CertificateCheck kind) {
        return checks.stream().filter(check -> check.kind() == kind).findFirst();
    }

    /** True when this check counts against validity. */
    public boolean failed(CertificateCheck kind) {
        return check(kind).map(this::countsAgainst).orElse(false);
    }

    private boolean countsAgainst(Check check) {
        return check.failed() || crlGiven && check.kind() == CertificateCheck.REVOCATION
                && check.outcome() == Outcome.NOT_CHECKED;
    }

    @Override
    public String toString() {
        return certificate.getSubjectX500Principal() + purpose.map(p -> " as " + p).orElse("") + " at " + at
                + (isValid() ? ": valid" : ": NOT valid")
                + checks.stream().map(check -> "\n  " + check).collect(Collectors.joining());
    }
}
