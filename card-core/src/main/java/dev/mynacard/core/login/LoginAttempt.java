/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What a client sends back to log in: the statement's fields as it signed them, its certificates
 * (the authentication certificate first, then optionally the card's root from EF 000B — believed
 * only when pinned), and the signature over {@link LoginStatement#encode()}.
 */
public record LoginAttempt(String challenge, String audience, Instant timestamp,
                           List<X509Certificate> certificates, byte[] signature) {
    public LoginAttempt {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        signature = signature == null ? new byte[0] : signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
