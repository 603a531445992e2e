/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import dev.mynacard.core.trust.Fingerprint;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/**
 * Who logged in: the holder of the card whose authentication certificate this is. The certificate
 * carries no name, address or 個人番号, only an opaque subject; issuer and serial number (or the
 * fingerprint) identify it. It is replaced when the card or certificate is renewed (at the latest
 * after five years), so an account keyed on it must be linked to the new certificate then.
 *
 * @param fingerprint the SHA-256 of the certificate's DER encoding, a convenient account key
 * @param notAfter    when the certificate expires: the latest time this key can log in again
 */
public record AuthenticatedHolder(X500Principal issuer, BigInteger serialNumber, Fingerprint fingerprint,
                                  Instant notAfter, X509Certificate certificate) {
    static AuthenticatedHolder of(X509Certificate certificate) {
        return new AuthenticatedHolder(certificate.getIssuerX500Principal(), certificate.getSerialNumber(),
                Fingerprint.of(certificate), certificate.getNotAfter().toInstant(), certificate);
    }
}
