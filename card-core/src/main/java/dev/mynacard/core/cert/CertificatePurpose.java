/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a JPKI certificate is for, told by its policy OID (docs/protocol.md §6) or, for a CA, by
 * its basic constraints. Each end-entity purpose names the policy OIDs and key usages it requires.
 */
public enum CertificatePurpose {
    /** User authentication (利用者証明用電子証明書): keyUsage digitalSignature. */
    AUTH(List.of(CertificatePurpose.AUTH_POLICY), EnumSet.of(KeyUsage.DIGITAL_SIGNATURE)),
    /** Signing (署名用電子証明書): keyUsage digitalSignature + nonRepudiation. */
    SIGN(List.of(CertificatePurpose.SIGN_POLICY, CertificatePurpose.SIGN_TEST_POLICY),
            EnumSet.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION)),
    /** A certification authority (basicConstraints cA = true). */
    CA(List.of(), EnumSet.of(KeyUsage.KEY_CERT_SIGN)),
    /** None of the above. */
    UNKNOWN(List.of(), EnumSet.noneOf(KeyUsage.class));

    public static final String AUTH_POLICY = "1.2.392.200149.8.5.1.3.30";
    public static final String SIGN_POLICY = "1.2.392.200149.8.5.1.1.20";
    /** The signing policy of J-LIS test cards (and of the simulated card). */
    public static final String SIGN_TEST_POLICY = "1.2.392.200149.8.5.1.0.20";

    private final List<String> policyOids;
    private final EnumSet<KeyUsage> keyUsage;

    CertificatePurpose(List<String> policyOids, EnumSet<KeyUsage> keyUsage) {
        this.policyOids = policyOids;
        this.keyUsage = keyUsage;
    }

    /** The policy OIDs a certificate of this purpose carries one of; empty for CA and UNKNOWN. */
    public List<String> policyOids() {
        return policyOids;
    }

    /** The key usages a certificate of this purpose must have. */
    public Set<KeyUsage> requiredKeyUsage() {
        return keyUsage.clone();
    }

    /** The purpose of a certificate with these facts: a CA first, then by policy OID. */
    public static CertificatePurpose of(boolean ca, List<String> policyOids) {
        if (ca) {
            return CA;
        }
        for (CertificatePurpose purpose : List.of(AUTH, SIGN)) {
            if (policyOids.stream().anyMatch(purpose.policyOids::contains)) {
                return purpose;
            }
        }
        return UNKNOWN;
    }
}
