/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import dev.mynacard.core.trust.CertificateCheck;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import java.util.Comparator;
import java.util.List;

/** Turns a failed certificate validation into the most telling login rejection. */
final class CertificateRejection {
    /** When several checks failed, the first of these reasons among them is given. */
    private static final List<LoginRejectedException.Reason> PRIORITY = List.of(
            LoginRejectedException.Reason.TEST_HIERARCHY_IN_PRODUCTION,
            LoginRejectedException.Reason.NOT_AN_AUTH_CERTIFICATE,
            LoginRejectedException.Reason.UNTRUSTED_CERTIFICATE,
            LoginRejectedException.Reason.CERTIFICATE_NOT_VALID_NOW);

    private CertificateRejection() {
    }

    static LoginRejectedException of(ValidationReport report) {
        Check telling = report.failures().stream()
                .min(Comparator.comparingInt(failure -> PRIORITY.indexOf(reason(failure))))
                .orElseThrow(() -> new IllegalArgumentException("the certificate is valid"));
        return new LoginRejectedException(reason(telling), telling.toString(), report);
    }

    private static LoginRejectedException.Reason reason(Check failure) {
        if (failure.kind() == CertificateCheck.HIERARCHY) {
            return LoginRejectedException.Reason.TEST_HIERARCHY_IN_PRODUCTION;
        }
        if (failure.kind() == CertificateCheck.VALIDITY) {
            return LoginRejectedException.Reason.CERTIFICATE_NOT_VALID_NOW;
        }
        if (failure.kind() == CertificateCheck.KEY_USAGE || failure.kind() == CertificateCheck.POLICY
                || failure.kind() == CertificateCheck.CRITICAL_EXTENSIONS) {
            return LoginRejectedException.Reason.NOT_AN_AUTH_CERTIFICATE;
        }
        return LoginRejectedException.Reason.UNTRUSTED_CERTIFICATE;
    }
}
