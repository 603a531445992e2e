/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cert.KeyUsage;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.x509.Extension;

/** Whether an end-entity certificate is fit for the purpose it is checked for. */
final class PurposeChecks {
    /** The critical extensions this validator understands; any other critical one makes a certificate unusable. */
    private static final Set<String> UNDERSTOOD = Set.of(Extension.keyUsage.getId(),
            Extension.basicConstraints.getId(), Extension.certificatePolicies.getId(),
            Extension.subjectAlternativeName.getId());

    private PurposeChecks() {
    }

    static Check keyUsage(X509Certificate certificate, CertificatePurpose purpose) {
        Set<KeyUsage> required = purpose.requiredKeyUsage();
        if (certificate.getKeyUsage() == null) {
            return Check.failed(CertificateCheck.KEY_USAGE, CertificateReason.KEY_USAGE_ABSENT, purpose, required);
        }
        Set<KeyUsage> missing = EnumSet.copyOf(required);
        missing.removeAll(KeyUsage.of(certificate.getKeyUsage()));
        if (missing.isEmpty()) {
            return Check.passed(CertificateCheck.KEY_USAGE, CertificateReason.KEY_USAGE_PRESENT, required, purpose);
        }
        return Check.failed(CertificateCheck.KEY_USAGE, CertificateReason.KEY_USAGE_MISSING, purpose, required, missing);
    }

    /** A production policy of the purpose, or its test policy when the test hierarchy is enabled. */
    static Check policy(X509Certificate certificate, CertificatePurpose purpose, boolean testHierarchyEnabled) {
        Optional<List<String>> read = Policies.of(certificate);
        if (read.isEmpty()) {
            return Check.failed(CertificateCheck.POLICY, CertificateReason.POLICY_MALFORMED);
        }
        List<String> policies = read.get();
        Optional<String> matching = purpose.policyOids().stream().filter(policies::contains).findFirst();
        if (matching.isEmpty()) {
            return Check.failed(CertificateCheck.POLICY, CertificateReason.POLICY_NONE, policies, purpose,
                    purpose.policyOids());
        }
        String policy = matching.get();
        if (!Policies.isTest(policy)) {
            return Check.passed(CertificateCheck.POLICY, CertificateReason.POLICY_PRODUCTION, purpose, policy);
        }
        return testHierarchyEnabled
                ? Check.passed(CertificateCheck.POLICY, CertificateReason.POLICY_TEST_ENABLED, purpose, policy)
                : Check.failed(CertificateCheck.POLICY, CertificateReason.POLICY_TEST_REFUSED, policy);
    }

    static Check criticalExtensions(X509Certificate certificate) {
        Set<String> unknown = new TreeSet<>();
        Set<String> critical = certificate.getCriticalExtensionOIDs();
        if (critical != null) {
            critical.stream().filter(oid -> !UNDERSTOOD.contains(oid)).forEach(unknown::add);
        }
        return unknown.isEmpty()
                ? Check.passed(CertificateCheck.CRITICAL_EXTENSIONS, CertificateReason.EXTENSIONS_UNDERSTOOD)
                : Check.failed(CertificateCheck.CRITICAL_EXTENSIONS, CertificateReason.EXTENSIONS_UNKNOWN, unknown);
    }
}
