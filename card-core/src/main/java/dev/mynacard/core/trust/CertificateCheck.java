/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

/** The checks of a certificate validation. */
public enum CertificateCheck implements Check.Kind {
    CHAIN("issuer root found"),
    SIGNATURE("certificate signature"),
    ROOT_TRUSTED("root trusted"),
    HIERARCHY("hierarchy"),
    VALIDITY("certificate validity"),
    ROOT_VALIDITY("root validity"),
    CA_CONSTRAINTS("root is a CA"),
    PUBLIC_KEY("public key"),
    KEY_USAGE("key usage"),
    POLICY("certificate policy"),
    CRITICAL_EXTENSIONS("critical extensions"),
    REVOCATION("revocation");

    private final String description;

    CertificateCheck(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
