/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import dev.mynacard.core.trust.Check;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a 券面 application's data offline: the card-verifiable certificate against the CA key it
 * names, then the application's own checks with the key the certificate certifies.
 */
public final class CvcVerifier {
    private final CvcKeys keys;

    public CvcVerifier(CvcKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The checks an application makes of its data with the certified key. */
    @FunctionalInterface
    public interface DataChecks {
        List<Check> check(RSAPublicKey certifiedKey, KeyId certifiedKeyId);
    }

    /**
     * The authenticity of data certified by {@code certificate}; {@code always} are checks that
     * hold whatever the keys (e.g. what the signature does not cover).
     */
    public Authenticity verify(CardVerifiableCertificate certificate, DataChecks data, List<Check> always) {
        List<Check> checks = new ArrayList<>();
        Optional<CvcKey> ca = keys.trusted(certificate.issuer());
        if (ca.isEmpty()) {
            boolean simulator = keys.known(certificate.issuer()).isPresent();
            checks.add(Check.failed(AuthenticityCheck.CA_KEY,
                    simulator ? AuthenticityReason.CA_SIMULATOR : AuthenticityReason.CA_UNKNOWN,
                    certificate.issuer().toString()));
            checks.add(Check.notChecked(AuthenticityCheck.SIGNATURE, AuthenticityReason.SIGNATURE_NOT_CHECKED));
        } else {
            checks.add(Check.passed(AuthenticityCheck.CA_KEY, AuthenticityReason.CA_TRUSTED,
                    ca.get().id().toString(), ca.get().description()));
            if (sha256WithRsa(ca.get().key(), certificate.body(), certificate.signature())) {
                checks.add(Check.passed(AuthenticityCheck.CERTIFICATE, AuthenticityReason.CERTIFICATE_VERIFIES,
                        certificate.issuer().toString(), certificate.subject().toString()));
                checks.addAll(data.check(certificate.publicKey(), certificate.subject()));
            } else {
                checks.add(Check.failed(AuthenticityCheck.CERTIFICATE, AuthenticityReason.CERTIFICATE_BAD,
                        certificate.issuer().toString()));
                checks.add(Check.notChecked(AuthenticityCheck.SIGNATURE, AuthenticityReason.SIGNATURE_NOT_CHECKED));
            }
        }
        checks.addAll(always);
        return Authenticity.of(checks);
    }

    /** A PKCS#1 v1.5 signature with SHA-256 over {@code data}; false for any failure. */
    public static boolean sha256WithRsa(PublicKey key, byte[] data, byte[] signature) {
        return verify("SHA256withRSA", key, data, signature);
    }

    /**
     * A PKCS#1 v1.5 signature whose padded payload is exactly {@code digestInfo} (the card-face
     * record signs a DigestInfo of three concatenated SHA-256 digests); false for any failure.
     */
    public static boolean rawPkcs1(PublicKey key, byte[] digestInfo, byte[] signature) {
        return verify("NONEwithRSA", key, digestInfo, signature);
    }

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static boolean verify(String algorithm, PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
