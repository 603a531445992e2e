/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.KeyUsage;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * Revocation, offline only: J-LIS serves its CRLs and OCSP only to verifiers under contract, so
 * without a CRL file the honest answer is "not checked". A CRL by another issuer, with a bad
 * signature or outside its time window fails; a genuine CRL that cannot say whether this
 * certificate is revoked ({@link CrlScope}) leaves revocation "not checked", which counts against
 * validity once a CRL was given.
 */
final class RevocationCheck {
    private RevocationCheck() {
    }

    static Check of(X509Certificate certificate, Optional<X509Certificate> ca, Optional<X509CRL> crl, Instant at) {
        if (crl.isEmpty()) {
            return Check.notChecked(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_NO_CRL);
        }
        if (ca.isEmpty()) {
            return Check.notChecked(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_NO_CA);
        }
        X509CRL list = crl.get();
        X509Certificate issuer = ca.get();
        if (!list.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return Check.failed(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_OTHER_ISSUER,
                    list.getIssuerX500Principal().getName(), issuer.getSubjectX500Principal().getName());
        }
        if (!KeyUsage.of(issuer.getKeyUsage()).contains(KeyUsage.CRL_SIGN)) {
            return Check.notChecked(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_NO_CRL_SIGN);
        }
        if (!Signatures.verifies(list, issuer.getPublicKey())) {
            return Check.failed(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_BAD_SIGNATURE);
        }
        if (list.getNextUpdate() == null) {
            return Check.notChecked(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_NO_NEXT_UPDATE);
        }
        Instant thisUpdate = list.getThisUpdate().toInstant();
        Instant nextUpdate = list.getNextUpdate().toInstant();
        if (at.isBefore(thisUpdate) || at.isAfter(nextUpdate)) {
            return Check.failed(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_NOT_CURRENT, thisUpdate,
                    nextUpdate, at);
        }
        Optional<Check> outOfScope = CrlScope.problem(list, certificate);
        if (outOfScope.isPresent()) {
            return outOfScope.get();
        }
        X509CRLEntry entry = list.getRevokedCertificate(certificate);
        if (entry != null) {
            Instant revoked = entry.getRevocationDate().toInstant();
            return entry.getRevocationReason() == null
                    ? Check.failed(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_REVOKED, revoked)
                    : Check.failed(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_REVOKED_BECAUSE, revoked,
                            entry.getRevocationReason());
        }
        return Check.passed(CertificateCheck.REVOCATION, CertificateReason.REVOCATION_NOT_LISTED, thisUpdate);
    }
}
