/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Optional;

/**
 * The public keys this library does an RSA operation with: RSA of 2048 to 4096 bits with the
 * exponent 65537, as every JPKI key is. Checked before any signature is verified with a key from
 * the input, because one RSA verification with a 16384-bit modulus (or a huge exponent) costs
 * many thousand ordinary ones.
 */
public final class KeyPolicy {
    public static final int MIN_RSA_BITS = 2048;
    public static final int MAX_RSA_BITS = 4096;
    public static final BigInteger RSA_EXPONENT = RSAKeyGenParameterSpec.F4;

    private KeyPolicy() {
    }

    /** Why the key is refused, as a phrase for a reason; empty when it is acceptable. */
    public static Optional<Check.Text> problem(PublicKey key) {
        if (!(key instanceof RSAPublicKey rsa)) {
            return Optional.of(Check.Text.of(CertificateReason.KEY_NOT_RSA, key.getAlgorithm()));
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
            return Optional.of(Check.Text.of(CertificateReason.KEY_SIZE, bits, MIN_RSA_BITS, MAX_RSA_BITS));
        }
        if (!RSA_EXPONENT.equals(rsa.getPublicExponent())) {
            return Optional.of(Check.Text.of(CertificateReason.KEY_EXPONENT, RSA_EXPONENT));
        }
        return Optional.empty();
    }

    public static boolean accepts(PublicKey key) {
        return problem(key).isEmpty();
    }

    /** The {@code PUBLIC_KEY} check of a holder certificate. */
    static Check check(PublicKey key) {
        return problem(key)
                .map(problem -> Check.failed(CertificateCheck.PUBLIC_KEY, CertificateReason.KEY_REFUSED, problem))
                .orElseGet(() -> Check.passed(CertificateCheck.PUBLIC_KEY, CertificateReason.KEY_ACCEPTED,
                        ((RSAPublicKey) key).getModulus().bitLength()));
    }
}
