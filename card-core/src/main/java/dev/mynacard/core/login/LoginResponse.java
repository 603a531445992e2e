/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A client's answer to a login challenge: the signed statement, the certificates (the auth
 * certificate first, then the card's root) and the signature over {@link LoginStatement#encode()}.
 *
 * @param certificates the authentication certificate first
 */
public record LoginResponse(LoginStatement statement, List<X509Certificate> certificates, byte[] signature) {
    public LoginResponse {
        Objects.requireNonNull(statement, "statement");
        certificates = List.copyOf(certificates);
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a login response carries the authentication certificate");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The authentication certificate. */
    public X509Certificate certificate() {
        return certificates.get(0);
    }

    /** What the relying party's {@link LoginVerifier} takes. */
    public LoginAttempt toAttempt() {
        return new LoginAttempt(statement.challenge(), statement.audience(), statement.timestamp(), certificates,
                signature);
    }

    /**
     * One line of JSON for transport to the relying party (e.g. from {@code mynacard login}):
     * {@code {"version":"mynacard-login-v1","challenge":…,"audience":…,"timestamp":…,
     * "certificates":[base64 DER…],"signature":base64}}. Every value is ASCII that JSON needs not
     * escape: the statement's fields by their format, the rest standard base64.
     */
    public String toJson() {
        Base64.Encoder base64 = Base64.getEncoder();
        return "{\"version\":\"" + LoginStatement.VERSION + "\""
                + ",\"challenge\":\"" + statement.challenge() + "\""
                + ",\"audience\":\"" + statement.audience() + "\""
                + ",\"timestamp\":\"" + statement.timestamp() + "\""
                + ",\"certificates\":[" + certificates.stream()
                        .map(certificate -> "\"" + base64.encodeToString(der(certificate)) + "\"")
                        .collect(Collectors.joining(",")) + "]"
                + ",\"signature\":\"" + base64.encodeToString(signature) + "\"}";
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate cannot be encoded", e);
        }
    }
}
