/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Whether a certificate comes from a test hierarchy (J-LIS JPKI-TEST, the mynacard simulator),
 * which production must refuse. Names and policies serve here only to recognise and explain a
 * refusal — trust itself is decided by fingerprint alone.
 */
final class HierarchyCheck {
    private static final Set<String> TEST_ORGANIZATIONS = Set.of("JPKI-TEST", "JPKI-SIMULATOR");

    private HierarchyCheck() {
    }

    static Check of(X509Certificate certificate, Optional<X509Certificate> root, boolean testHierarchyEnabled) {
        List<Check.Text> signs = testSigns(certificate, root);
        if (signs.isEmpty()) {
            return Check.passed(CertificateCheck.HIERARCHY, CertificateReason.HIERARCHY_PRODUCTION);
        }
        if (testHierarchyEnabled) {
            return Check.passed(CertificateCheck.HIERARCHY, CertificateReason.HIERARCHY_TEST_ENABLED, signs);
        }
        return Check.failed(CertificateCheck.HIERARCHY, CertificateReason.HIERARCHY_TEST_REFUSED, signs);
    }

    private static List<Check.Text> testSigns(X509Certificate certificate, Optional<X509Certificate> root) {
        List<Check.Text> signs = new ArrayList<>();
        for (String organization : issuerOrganizations(certificate)) {
            if (TEST_ORGANIZATIONS.contains(organization)) {
                signs.add(Check.Text.of(CertificateReason.TEST_SIGN_ISSUER, organization));
            }
        }
        Policies.of(certificate).orElse(List.of()).stream().filter(Policies::isTest)
                .forEach(policy -> signs.add(Check.Text.of(CertificateReason.TEST_SIGN_POLICY, policy)));
        root.map(Fingerprint::of).filter(TrustAnchors::isSimulatorRoot)
                .ifPresent(fingerprint -> signs.add(Check.Text.of(CertificateReason.TEST_SIGN_SIMULATOR_ROOT)));
        return signs;
    }

    /** The issuer's O= values; none when BouncyCastle cannot read a name the JDK accepted (a hostile input). */
    private static List<String> issuerOrganizations(X509Certificate certificate) {
        try {
            X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
            return Arrays.stream(issuer.getRDNs(BCStyle.O))
                    .map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue())).toList();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }
}
