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
 */
public record ValidationReport(X509Certificate certificate, Optional<CertificatePurpose> purpose, Instant at,
                               Optional<TrustedRoot> root, List<Check> checks) {
    public ValidationReport {
        checks = List.copyOf(checks);
    }

    /** True when no check failed; checks not performed (revocation without a CRL) do not count. */
    public boolean isValid() {
        return checks.stream().noneMatch(Check::failed);
    }

    public List<Check> failures() {
        return checks.stream().filter(Check::failed).toList();
    }

    public Optional<Check> check(CertificateCheck kind) {
        return checks.stream().filter(check -> check.kind() == kind).findFirst();
    }

    public boolean failed(CertificateCheck kind) {
        return check(kind).map(Check::failed).orElse(false);
    }

    @Override
    public String toString() {
        return certificate.getSubjectX500Principal() + purpose.map(p -> " as " + p).orElse("") + " at " + at
                + (isValid() ? ": valid" : ": NOT valid")
                + checks.stream().map(check -> "\n  " + check).collect(Collectors.joining());
    }
}
