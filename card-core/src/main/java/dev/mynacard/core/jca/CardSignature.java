/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import dev.mynacard.core.sign.DigestAlgorithm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.util.Arrays;

/**
 * RSA PKCS#1 v1.5 signatures made by the card, for {@link CardPrivateKey} only. Any other key is
 * refused with {@link InvalidKeyException}, which lets the JCA's delayed provider selection pass
 * it on to the next provider; verification is left to the JDK's providers. Each {@code sign()}
 * obtains the PIN, has {@link dev.mynacard.core.sign.CardSigner} sign and verify, and resets.
 */
abstract class CardSignature extends SignatureSpi {
    private CardPrivateKey key;

    /** The hash and digest to sign, from what was fed in since the last reset. */
    abstract Digest digest() throws SignatureException;

    abstract void feed(byte[] data, int offset, int length) throws SignatureException;

    abstract void reset();

    record Digest(DigestAlgorithm algorithm, byte[] value) {
    }

    @Override
    protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
        if (!(privateKey instanceof CardPrivateKey card)) {
            throw new InvalidKeyException("MynaCard signs with My Number Card keys only");
        }
        key = card;
        reset();
    }

    @Override
    protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
        throw new InvalidKeyException("MynaCard does not verify; the JDK's providers do");
    }

    @Override
    protected void engineUpdate(byte b) throws SignatureException {
        engineUpdate(new byte[] {b}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] data, int offset, int length) throws SignatureException {
        requireKey();
        feed(data, offset, length);
    }

    @Override
    protected byte[] engineSign() throws SignatureException {
        requireKey();
        try {
            Digest digest = digest();
            return key.sign(digest.algorithm(), digest.value());
        } catch (IOException e) {
            throw new SignatureException("the card did not sign: " + e.getMessage(), e);
        } finally {
            reset();
        }
    }

    @Override
    protected boolean engineVerify(byte[] signature) throws SignatureException {
        throw new SignatureException("MynaCard does not verify");
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String parameter, Object value) {
        throw new InvalidParameterException("MynaCard signatures take no parameters");
    }

    @Override
    @Deprecated
    protected Object engineGetParameter(String parameter) {
        throw new InvalidParameterException("MynaCard signatures take no parameters");
    }

    private void requireKey() throws SignatureException {
        if (key == null) {
            throw new SignatureException("not initialized for signing");
        }
    }

    /** SHA256withRSA and its kin: the data is hashed here, the card signs the DigestInfo. */
    static final class Hashing extends CardSignature {
        private final DigestAlgorithm algorithm;
        private final MessageDigest hash;

        Hashing(DigestAlgorithm algorithm) {
            this.algorithm = algorithm;
            try {
                this.hash = MessageDigest.getInstance(algorithm.jcaName());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm.jcaName() + " is missing from this JRE", e);
            }
        }

        @Override
        void feed(byte[] data, int offset, int length) {
            hash.update(data, offset, length);
        }

        @Override
        Digest digest() {
            return new Digest(algorithm, hash.digest());
        }

        @Override
        void reset() {
            hash.reset();
        }
    }

    /**
     * NONEwithRSA: the data is a complete DigestInfo of SHA-256, -384 or -512 (the only input the
     * card's signature command takes); raw data, MD5+SHA-1 of TLS 1.0/1.1 included, is refused.
     */
    static final class Raw extends CardSignature {
        private static final int MAX_DIGEST_INFO = DigestAlgorithm.SHA512.digestInfo(new byte[64]).length;
        private final ByteArrayOutputStream input = new ByteArrayOutputStream(MAX_DIGEST_INFO);

        @Override
        void feed(byte[] data, int offset, int length) throws SignatureException {
            if (input.size() + length > MAX_DIGEST_INFO) {
                reset();
                throw new SignatureException("NONEwithRSA on the card takes a DigestInfo of at most "
                        + MAX_DIGEST_INFO + " bytes");
            }
            input.write(data, offset, length);
        }

        @Override
        Digest digest() throws SignatureException {
            byte[] digestInfo = input.toByteArray();
            for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
                int length = algorithm.digestLength();
                if (digestInfo.length > length) {
                    byte[] digest = Arrays.copyOfRange(digestInfo, digestInfo.length - length, digestInfo.length);
                    if (Arrays.equals(algorithm.digestInfo(digest), digestInfo)) {
                        return new Digest(algorithm, digest);
                    }
                }
            }
            throw new SignatureException("NONEwithRSA on the card signs a SHA-256, SHA-384 or SHA-512 DigestInfo only");
        }

        @Override
        void reset() {
            input.reset();
        }
    }
}
