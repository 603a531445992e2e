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
                .orElseGet(() -> Check.notChecked(kind, "no issuing root was found"));
    }

    static Check at(CertificateCheck kind, X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isBefore(notBefore)) {
            return Check.failed(kind, "not valid before " + notBefore + " (checked at " + at + ")");
        }
        if (at.isAfter(notAfter)) {
            return Check.failed(kind, "expired on " + notAfter + " (checked at " + at + ")");
        }
        return Check.passed(kind, "valid from " + notBefore + " to " + notAfter + " (checked at " + at + ")");
    }
}
