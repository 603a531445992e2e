/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/** Whether a certificate is within its validity period at an instant. */
final class ValidityCheck {
    private ValidityCheck() {
    }

    static Check at(CertificateCheck kind, Optional<X509Certificate> certificate, Instant at) {
        return certificate.map(c -> at(kind, c, at))
                .orElseGet(() -> Check.notChecked(kind, CertificateReason.NO_ROOT));
    }

    static Check at(CertificateCheck kind, X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            return Check.failed(kind, CertificateReason.VALIDITY_NOT_YET, notBefore, at);
        }
        if (at.isAfter(notAfter)) {
            return Check.failed(kind, CertificateReason.VALIDITY_EXPIRED, notAfter, at);
        }
        return Check.passed(kind, CertificateReason.VALIDITY_VALID, notBefore, notAfter, at);
    }
}
