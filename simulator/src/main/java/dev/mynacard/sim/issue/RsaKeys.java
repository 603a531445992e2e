/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import dev.mynacard.sim.image.KeyFile;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * RSA-2048 key pairs (e = 65537) drawn from a given random stream. BouncyCastle's lightweight
 * generator is used because, unlike a JCA KeyPairGenerator, which provider answers and how it
 * consumes randomness cannot change under it: the same stream always gives the same key.
 */
final class RsaKeys {
    static final int BITS = 2048;
    private static final BigInteger PUBLIC_EXPONENT = BigInteger.valueOf(65537);
    private static final int PRIME_CERTAINTY = 112;

    private RsaKeys() {
    }

    static KeyPair generate(SecureRandom random) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(PUBLIC_EXPONENT, random, BITS, PRIME_CERTAINTY));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        RSAPrivateCrtKeyParameters k = (RSAPrivateCrtKeyParameters) pair.getPrivate();
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return new KeyPair(
                    factory.generatePublic(new RSAPublicKeySpec(k.getModulus(), k.getPublicExponent())),
                    factory.generatePrivate(new RSAPrivateCrtKeySpec(k.getModulus(), k.getPublicExponent(),
                            k.getExponent(), k.getP(), k.getQ(), k.getDP(), k.getDQ(), k.getQInv())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK rejected a generated RSA key", e);
        }
    }

    /** The CRT form the card's key EF holds. */
    static KeyFile.RsaCrtKey toCardKey(KeyPair pair) {
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) pair.getPrivate();
        return new KeyFile.RsaCrtKey(k.getModulus(), k.getPublicExponent(), k.getPrimeP(), k.getPrimeQ(),
                k.getPrimeExponentP(), k.getPrimeExponentQ(), k.getCrtCoefficient());
    }
}
