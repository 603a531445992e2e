/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.security.KeyPair;
import java.security.cert.X509Certificate;

/** A holder key pair and the certificate issued for it. */
record Credential(KeyPair keys, X509Certificate certificate) {
    @Override
    public String toString() {
        return "Credential[" + certificate.getSubjectX500Principal() + "]";
    }
}
