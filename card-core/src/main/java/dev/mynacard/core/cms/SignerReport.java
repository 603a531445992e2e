/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verification of one signer of a CMS SignedData.
 *
 * @param certificate       the signer's certificate, when the CMS includes it
 * @param signerKey         which card key signed: SIGN (署名用) or AUTH (利用者証明用), by the certificate's policy
 * @param signingTime       the signing-time attribute, a claim of the signer
 * @param certificateReport the validation of the signer's certificate, when there was one to validate
 */
public record SignerReport(Optional<X509Certificate> certificate, Optional<CertificatePurpose> signerKey,
                           Optional<Instant> signingTime, List<Check> checks,
                           Optional<ValidationReport> certificateReport) {
    public SignerReport {
        checks = List.copyOf(checks);
    }

    public boolean isValid() {
        return checks.stream().noneMatch(Check::failed);
    }

    public Optional<Check> check(SignerCheck kind) {
        return checks.stream().filter(check -> check.kind() == kind).findFirst();
    }

    public boolean failed(SignerCheck kind) {
        return check(kind).map(Check::failed).orElse(false);
    }

    @Override
    public String toString() {
        return "signer " + certificate.map(c -> c.getSubjectX500Principal().getName()).orElse("(unknown)")
                + signerKey.map(key -> " with the " + key + " key").orElse("")
                + (isValid() ? ": valid" : ": NOT valid")
                + checks.stream().map(check -> "\n  " + check).collect(Collectors.joining())
                + certificateReport.map(report -> "\n  " + report.toString().replace("\n", "\n  ")).orElse("");
    }
}
