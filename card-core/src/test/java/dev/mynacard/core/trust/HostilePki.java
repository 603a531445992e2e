/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPublicKeySpec;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * Hostile certificates and CRLs for tests: RSA keys that are costly to use (a 16384-bit modulus
 * needs no key generation — any odd number of that size serves as a public key), signatures of
 * random bytes.
 */
public final class HostilePki {
    private static final SecureRandom RANDOM = new SecureRandom();

    private HostilePki() {
    }

    /** An RSA public key with a random modulus of {@code bits} bits: costly to verify with, impossible to sign with. */
    public static PublicKey rsaKey(int bits, BigInteger exponent) {
        BigInteger modulus = new BigInteger(bits, RANDOM).setBit(bits - 1).setBit(0);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A certificate for {@code key} named {@code subject}, issued by {@code issuer} with a
     * signature of random bytes of {@code signatureBytes} length (a verifier must run RSA to reject it).
     */
    public static X509Certificate certificate(X500Principal subject, X500Principal issuer, PublicKey key,
                                              BigInteger serial, int signatureBytes) {
        try {
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(issuer, serial,
                    Date.from(TestPki.FROM), Date.from(TestPki.TO), subject, key)
                    .build(randomSigner(signatureBytes)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ContentSigner claiming SHA256withRSA whose signature is random bytes. */
    public static ContentSigner randomSigner(int signatureBytes) {
        AlgorithmIdentifier algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return ignored;
            }

            @Override
            public byte[] getSignature() {
                byte[] signature = new byte[signatureBytes];
                RANDOM.nextBytes(signature);
                return signature;
            }
        };
    }
}
