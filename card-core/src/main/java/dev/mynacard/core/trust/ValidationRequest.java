/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to validate: a holder certificate for a purpose (AUTH or SIGN), with the roots that came with it (the card's EF
 * 000B/0002, a CMS certificate set — believed only when pinned or added), optionally as of an
 * earlier instant and against a CRL file.
 */
public record ValidationRequest(X509Certificate certificate, CertificatePurpose purpose,
                                List<X509Certificate> suppliedRoots, Optional<Instant> asOf, Optional<X509CRL> crl) {
    public ValidationRequest {
        Objects.requireNonNull(certificate, "certificate");
        if (purpose != CertificatePurpose.AUTH && purpose != CertificatePurpose.SIGN) {
            throw new IllegalArgumentException("a holder certificate is validated for AUTH or SIGN, not " + purpose);
        }
        suppliedRoots = List.copyOf(suppliedRoots);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(crl, "crl");
    }

    /** Validate now, with no supplied root and no CRL. */
    public static ValidationRequest of(X509Certificate certificate, CertificatePurpose purpose) {
        return new ValidationRequest(certificate, purpose, List.of(), Optional.empty(), Optional.empty());
    }

    public ValidationRequest withRoots(List<X509Certificate> roots) {
        return new ValidationRequest(certificate, purpose, roots, asOf, crl);
    }

    public ValidationRequest withRoot(X509Certificate root) {
        return withRoots(List.of(root));
    }

    /** Judge validity at this instant instead of now, e.g. when a signature was made. */
    public ValidationRequest asOf(Instant instant) {
        return new ValidationRequest(certificate, purpose, suppliedRoots, Optional.of(instant), crl);
    }

    public ValidationRequest withCrl(X509CRL list) {
        return new ValidationRequest(certificate, purpose, suppliedRoots, asOf, Optional.of(list));
    }
}
