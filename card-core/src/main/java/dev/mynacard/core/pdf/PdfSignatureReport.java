/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.cms.CmsReport;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The verification of one signature of a PDF.
 *
 * @param fieldName   the signature field's fully qualified name, when a field holds the signature
 * @param claimedTime the signature dictionary's {@code /M}: the signer's claim, not a trusted timestamp
 * @param signedBytes where the signed revision ends (0 when the byte range is unusable)
 * @param cms         the verification of the CMS in {@code /Contents}, when it is one
 * @param certificateAtClaimedTime the signer certificate's validation as of {@code claimedTime}: for
 *                    information, since the time is the signer's claim; the verdict is {@code cms}'s
 */
public record PdfSignatureReport(Optional<String> fieldName, Optional<Instant> claimedTime, long signedBytes,
                                 List<Check> checks, Optional<CmsReport> cms,
                                 Optional<ValidationReport> certificateAtClaimedTime) {
    public PdfSignatureReport {
        checks = List.copyOf(checks);
    }

    /** Every PDF check passed and the CMS is valid. */
    public boolean isValid() {
        return checks.stream().noneMatch(Check::failed) && cms.map(CmsReport::isValid).orElse(false);
    }

    public Optional<Check> check(PdfCheck kind) {
        return checks.stream().filter(check -> check.kind() == kind).findFirst();
    }

    public boolean failed(PdfCheck kind) {
        return check(kind).map(Check::failed).orElse(false);
    }

    @Override
    public String toString() {
        return "signature " + fieldName.orElse("(no field)") + (isValid() ? ": valid" : ": NOT valid")
                + checks.stream().map(check -> "\n  " + check).collect(Collectors.joining())
                + cms.map(report -> "\n  " + report.toString().replace("\n", "\n  ")).orElse("");
    }
}
