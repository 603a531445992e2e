/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import dev.mynacard.core.trust.CertificateCheck;
import dev.mynacard.core.trust.CertificateReason;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a failed certificate validation into the most telling login refusal. */
final class CertificateRejection {
    private CertificateRejection() {
    }

    /**
     * {@link LoginRejectedException.Code#WRONG_PURPOSE} when the only failures are of purpose (key
     * usage, policy, a root issuing signing certificates): a genuine card's other certificate; else
     * {@link LoginRejectedException.Code#UNTRUSTED_CERTIFICATE}. The message names the failed checks
     * only; their reasons, which quote the certificate's names, are in the report.
     */
    static LoginRejectedException of(ValidationReport report) {
        List<Check> failures = report.failures();
        if (failures.isEmpty()) {
            throw new IllegalArgumentException("the certificate is valid");
        }
        boolean purposeOnly = failures.stream().allMatch(CertificateRejection::ofPurpose);
        return new LoginRejectedException(purposeOnly ? LoginRejectedException.Code.WRONG_PURPOSE
                : LoginRejectedException.Code.UNTRUSTED_CERTIFICATE, "failed: " + failures.stream()
                .map(failure -> failure.kind().description()).collect(Collectors.joining(", ")), report);
    }

    /** Key usage, policy, or a trusted root of the other purpose (the signing root of a signing certificate). */
    private static boolean ofPurpose(Check failure) {
        return failure.kind() == CertificateCheck.KEY_USAGE || failure.kind() == CertificateCheck.POLICY
                || failure.reasonKey().equals(CertificateReason.ROOT_OTHER_PURPOSE.key());
    }
}
