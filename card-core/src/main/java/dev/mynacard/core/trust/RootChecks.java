/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cert.KeyUsage;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Checks of the issuing root itself: is it trusted, and is it a CA. */
final class RootChecks {
    private RootChecks() {
    }

    /**
     * {@code ROOT_TRUSTED}: the root's fingerprint must be pinned or added, and a pinned root's
     * purpose must be the one checked for (an authentication certificate under the signing root is
     * not an authentication certificate).
     */
    static Check trusted(Optional<X509Certificate> root, Optional<TrustedRoot> anchor,
                         Optional<CertificatePurpose> purpose) {
        if (root.isEmpty()) {
            return Check.notChecked(CertificateCheck.ROOT_TRUSTED, CertificateReason.NO_ROOT);
        }
        Fingerprint fingerprint = Fingerprint.of(root.get());
        if (anchor.isEmpty()) {
            if (TrustAnchors.isSimulatorRoot(fingerprint)) {
                return Check.failed(CertificateCheck.ROOT_TRUSTED, CertificateReason.ROOT_SIMULATOR, fingerprint);
            }
            return Check.failed(CertificateCheck.ROOT_TRUSTED, CertificateReason.ROOT_NOT_PINNED,
                    root.get().getSubjectX500Principal().getName(),
                    root.get().getSerialNumber().toString(16).toUpperCase(), fingerprint);
        }
        TrustedRoot trusted = anchor.get();
        if (purpose.isPresent() && trusted.purpose().isPresent() && trusted.purpose().get() != purpose.get()) {
            return Check.failed(CertificateCheck.ROOT_TRUSTED, CertificateReason.ROOT_OTHER_PURPOSE, trusted.label(),
                    purpose.get());
        }
        return Check.passed(CertificateCheck.ROOT_TRUSTED, CertificateReason.ROOT_TRUSTED, trusted.label(),
                trusted.fingerprint());
    }

    /** {@code CA_CONSTRAINTS}: basicConstraints CA:TRUE and keyUsage keyCertSign. */
    static Check caConstraints(Optional<X509Certificate> root) {
        if (root.isEmpty()) {
            return Check.notChecked(CertificateCheck.CA_CONSTRAINTS, CertificateReason.NO_ROOT);
        }
        boolean ca = root.get().getBasicConstraints() >= 0;
        boolean certSign = KeyUsage.of(root.get().getKeyUsage()).contains(KeyUsage.KEY_CERT_SIGN);
        if (ca && certSign) {
            return Check.passed(CertificateCheck.CA_CONSTRAINTS, CertificateReason.CA);
        }
        return Check.failed(CertificateCheck.CA_CONSTRAINTS, ca ? CertificateReason.CA_NO_CERT_SIGN
                : certSign ? CertificateReason.CA_NOT_CA : CertificateReason.CA_NEITHER);
    }
}
