/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Finds the root that issued a certificate among the candidates: by name, then by fingerprint (only
 * pinned or added roots), then by the signature — the name alone proves nothing, since all
 * generations of a J-LIS root share it. A candidate that is not trusted is never used for a
 * signature check: an input may carry any number of look-alikes with costly keys.
 */
final class IssuerLookup {
    /**
     * The issuing root, if one was found, and the {@code CHAIN} and {@code SIGNATURE} checks.
     *
     * @param untrusted when no trusted root signed it, a supplied root with the issuer's name that is
     *                  not trusted, for the {@code ROOT_TRUSTED} check to name (it may be a genuine root to add)
     */
    record Result(Optional<X509Certificate> root, Optional<X509Certificate> untrusted, Check chain, Check signature) {
    }

    private IssuerLookup() {
    }

    static Result find(X509Certificate certificate, List<X509Certificate> candidates, TrustAnchors anchors) {
        X500Principal issuer = certificate.getIssuerX500Principal();
        List<X509Certificate> named = candidates.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(issuer))
                .toList();
        if (named.isEmpty()) {
            return new Result(Optional.empty(), Optional.empty(),
                    Check.failed(CertificateCheck.CHAIN, CertificateReason.CHAIN_NOT_SUPPLIED, issuer.getName()),
                    Check.notChecked(CertificateCheck.SIGNATURE, CertificateReason.SIGNATURE_NO_ISSUER_KEY));
        }
        List<X509Certificate> trusted = named.stream().filter(root -> anchors.find(root).isPresent()).toList();
        Optional<X509Certificate> untrusted = named.stream().filter(root -> !trusted.contains(root)).findFirst();
        if (trusted.isEmpty()) {
            return new Result(Optional.empty(), untrusted,
                    Check.failed(CertificateCheck.CHAIN, CertificateReason.CHAIN_UNTRUSTED, issuer.getName(),
                            named.size()),
                    Check.notChecked(CertificateCheck.SIGNATURE, CertificateReason.SIGNATURE_UNTRUSTED_ISSUER));
        }
        for (X509Certificate root : trusted) {
            if (Signatures.verifies(certificate, root.getPublicKey())) {
                Fingerprint fingerprint = Fingerprint.of(root);
                return new Result(Optional.of(root), Optional.empty(),
                        Check.passed(CertificateCheck.CHAIN, CertificateReason.CHAIN_ISSUED_BY, issuer.getName(),
                                fingerprint),
                        Check.passed(CertificateCheck.SIGNATURE, CertificateReason.SIGNATURE_VERIFIES,
                                certificate.getSigAlgName(), fingerprint));
            }
        }
        if (trusted.size() == 1) {
            return new Result(Optional.empty(), untrusted,
                    Check.failed(CertificateCheck.CHAIN, CertificateReason.CHAIN_WRONG_KEY, issuer.getName()),
                    Check.failed(CertificateCheck.SIGNATURE, CertificateReason.SIGNATURE_WRONG_KEY, issuer.getName()));
        }
        return new Result(Optional.empty(), untrusted,
                Check.failed(CertificateCheck.CHAIN, CertificateReason.CHAIN_NO_ROOT_HAS_KEY, trusted.size(),
                        issuer.getName()),
                Check.failed(CertificateCheck.SIGNATURE, CertificateReason.SIGNATURE_NO_ROOT_KEY, trusted.size(),
                        issuer.getName()));
    }
}
