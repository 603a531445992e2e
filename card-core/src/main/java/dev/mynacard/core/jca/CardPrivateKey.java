/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;

/**
 * A private key that never leaves the card: a handle on one JPKI key of an open card, with the
 * modulus from its certificate (so the JDK knows its size) and where its PIN comes from. It has no
 * encoding and no private exponent; only this provider's signatures accept it. Not serializable.
 */
public final class CardPrivateKey implements PrivateKey, RSAKey {
    private static final long serialVersionUID = 1L;

    private final transient MyNumberCard card;
    private final transient SigningKey key;
    private final transient PinSource pin;
    private final transient LastTry lastTry;
    private final transient BigInteger modulus;

    CardPrivateKey(MyNumberCard card, SigningKey key, BigInteger modulus, PinSource pin, LastTry lastTry) {
        this.card = card;
        this.key = key;
        this.modulus = modulus;
        this.pin = pin;
        this.lastTry = lastTry;
    }

    /** Which of the card's keys this is. */
    public SigningKey cardKey() {
        return key;
    }

    @Override
    public BigInteger getModulus() {
        return modulus;
    }

    @Override
    public String getAlgorithm() {
        return "RSA";
    }

    /** None: the key cannot be exported. */
    @Override
    public String getFormat() {
        return null;
    }

    /** None: the key cannot be exported. */
    @Override
    public byte[] getEncoded() {
        return null;
    }

    /** Has the card sign a digest, with a PIN obtained for this signature only. */
    byte[] sign(DigestAlgorithm algorithm, byte[] digest) throws IOException {
        try (Pin value = pin.obtain()) {
            return card.signer().sign(key, value, algorithm, digest, lastTry);
        }
    }

    private void writeObject(ObjectOutputStream out) throws NotSerializableException {
        throw new NotSerializableException("a My Number Card key cannot be serialized");
    }

    @Override
    public String toString() {
        return "CardPrivateKey[" + key + ", " + modulus.bitLength() + "-bit RSA on the card]";
    }
}
