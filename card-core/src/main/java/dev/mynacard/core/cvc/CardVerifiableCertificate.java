/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TlvHeader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;

/**
 * The card-verifiable certificate of a 券面 application (its EF 0004), docs/protocol.md §14:
 * {@code 7F21 { 5F4E body, 5F37 signature }}; the body is the 証明者鍵ID (16 bytes), the
 * 被証明者鍵ID (16 bytes) and the certified RSA key as {@code 90} exponent and {@code 91} modulus.
 * The CA signs the body's value with SHA-256 and PKCS#1 v1.5.
 *
 * @param body the exact bytes the signature covers (the {@code 5F4E} value)
 */
public record CardVerifiableCertificate(KeyId issuer, KeyId subject, RSAPublicKey publicKey, byte[] body,
                                        byte[] signature) {
    private static final int TAG = 0x7F21;
    private static final int BODY = 0x5F4E;
    private static final int SIGNATURE = 0x5F37;
    private static final int EXPONENT = 0x90;
    private static final int MODULUS = 0x91;
    /** An RSA key of more than 4096 bits is not a card's. */
    private static final int MAX_MODULUS_LENGTH = 512;
    private static final int MAX_EXPONENT_LENGTH = 8;

    public CardVerifiableCertificate {
        body = body.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Parses the {@code 7F21} object (its exact bytes). */
    public static CardVerifiableCertificate parse(byte[] object) throws MalformedCardResponseException {
        TlvHeader outer = TlvHeader.parse(object, 0, object.length);
        if (outer.tag() != TAG || outer.end() != object.length) {
            throw new MalformedCardResponseException("a card-verifiable certificate is not one 7F21 object");
        }
        List<TlvHeader> items = TlvHeader.children(object, outer);
        if (items.size() != 2 || items.get(0).tag() != BODY || items.get(1).tag() != SIGNATURE) {
            throw new MalformedCardResponseException("a card-verifiable certificate is not 5F4E then 5F37");
        }
        byte[] body = items.get(0).value(object);
        KeyId issuer = KeyId.parse(body, 0);
        KeyId subject = KeyId.parse(body, KeyId.LENGTH);
        RSAPublicKey key = rsaKey(body, 2 * KeyId.LENGTH);
        return new CardVerifiableCertificate(issuer, subject, key, body, items.get(1).value(object));
    }

    /**
     * The RSA key written as {@code 90 exponent 91 modulus} from {@code offset} to the end of
     * {@code data}, as the certificate body and the card-face record carry it.
     */
    public static RSAPublicKey rsaKey(byte[] data, int offset) throws MalformedCardResponseException {
        TlvHeader whole = new TlvHeader(0, 0, offset, data.length - offset);
        List<TlvHeader> parts = TlvHeader.children(data, whole);
        if (parts.size() != 2 || parts.get(0).tag() != EXPONENT || parts.get(1).tag() != MODULUS
                || parts.get(0).valueLength() < 1 || parts.get(0).valueLength() > MAX_EXPONENT_LENGTH
                || parts.get(1).valueLength() < 1 || parts.get(1).valueLength() > MAX_MODULUS_LENGTH) {
            throw new MalformedCardResponseException("an RSA key is not 90 exponent then 91 modulus");
        }
        BigInteger exponent = new BigInteger(1, parts.get(0).value(data));
        BigInteger modulus = new BigInteger(1, parts.get(1).value(data));
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new MalformedCardResponseException("an RSA key the JDK refuses", e);
        }
    }
}
