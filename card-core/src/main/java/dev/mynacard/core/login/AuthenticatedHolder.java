/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;

/**
 * Who logged in: the holder of the card whose authentication certificate this is. Serial and
 * issuer together identify the certificate; the subject is an opaque ID without personal data,
 * and changes when the card or certificate is renewed.
 */
public record AuthenticatedHolder(BigInteger serialNumber, X500Principal subject, X500Principal issuer,
                                  X509Certificate certificate) {
    static AuthenticatedHolder of(X509Certificate certificate) {
        return new AuthenticatedHolder(certificate.getSerialNumber(), certificate.getSubjectX500Principal(),
                certificate.getIssuerX500Principal(), certificate);
    }
}
