/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cert.JpkiCertificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** The JPKI policies: a certificate's policy OIDs, and which of a purpose's policies are the test one. */
final class Policies {
    private Policies() {
    }

    /** The certificate's policy OIDs; empty when its certificatePolicies extension is malformed. */
    static Optional<List<String>> of(X509Certificate certificate) {
        try {
            return Optional.of(JpkiCertificate.of(certificate).policyOids());
        } catch (CertificateException malformed) {
            return Optional.empty();
        }
    }

    static boolean isTest(String policy) {
        return CertificatePurpose.SIGN_TEST_POLICY.equals(policy);
    }

    static List<String> production(CertificatePurpose purpose) {
        return purpose.policyOids().stream().filter(policy -> !isTest(policy)).toList();
    }
}
