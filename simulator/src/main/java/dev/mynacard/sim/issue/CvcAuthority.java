/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * A key that issues or holds a card-verifiable certificate of a 券面 application
 * (docs/protocol.md §14), named by a 16-byte key identifier: 7 ASCII digits, {@code 08 05},
 * {@code "001"}, 4 zero bytes.
 */
record CvcAuthority(byte[] keyId, KeyPair keys) {
    private static final int KEY_ID_LENGTH = 16;

    static CvcAuthority of(String number, KeyPair keys) {
        return new CvcAuthority(keyId(number), keys);
    }

    /** The identifier of key {@code number}. */
    static byte[] keyId(String number) {
        if (number.length() != 7) {
            throw new IllegalArgumentException("a key number has 7 digits");
        }
        byte[] id = new byte[KEY_ID_LENGTH];
        System.arraycopy(number.getBytes(StandardCharsets.US_ASCII), 0, id, 0, 7);
        id[7] = 0x08;
        id[8] = 0x05;
        System.arraycopy("001".getBytes(StandardCharsets.US_ASCII), 0, id, 9, 3);
        return id;
    }

    /** {@code 7F21 { 5F4E { issuer id, subject id, 90 e 91 n }, 5F37 SHA256withRSA over the 5F4E value }}. */
    byte[] certify(CvcAuthority subject) {
        byte[] body = Tlv.concat(keyId, subject.keyId, rsaKey((RSAPublicKey) subject.keys.getPublic()));
        return Tlv.of(0x7F21, Tlv.of(0x5F4E, body), Tlv.of(0x5F37, sign("SHA256withRSA", body)));
    }

    /** {@code 90 exponent 91 modulus}, each unsigned big-endian. */
    static byte[] rsaKey(RSAPublicKey key) {
        return Tlv.concat(Tlv.of(0x90, unsigned(key.getPublicExponent())), Tlv.of(0x91, unsigned(key.getModulus())));
    }

    /** A PKCS#1 v1.5 signature: {@code SHA256withRSA}, or {@code NONEwithRSA} over a ready DigestInfo. */
    byte[] sign(String algorithm, byte[] data) {
        PrivateKey key = keys.getPrivate();
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot sign with " + algorithm, e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] signed = value.toByteArray();
        return signed[0] == 0 && signed.length > 1 ? Arrays.copyOfRange(signed, 1, signed.length) : signed;
    }
}
