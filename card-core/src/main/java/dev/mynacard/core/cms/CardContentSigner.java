/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.CardSigner;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * A BouncyCastle {@link ContentSigner} whose signature the card makes: BouncyCastle writes the DER
 * signed attributes (a few hundred bytes), {@link #getSignature()} hashes them and has
 * {@link CardSigner} sign the DigestInfo. BouncyCastle's interface allows no checked exception,
 * so a card failure leaves as an {@link UncheckedIOException} that {@link CmsSigner} unwraps.
 */
final class CardContentSigner implements ContentSigner {
    private final CardSigner signer;
    private final SigningKey key;
    private final Pin pin;
    private final DigestAlgorithm digest;
    private final LastTry lastTry;
    private final ByteArrayOutputStream signedAttributes = new ByteArrayOutputStream();

    CardContentSigner(CardSigner signer, SigningKey key, Pin pin, DigestAlgorithm digest, LastTry lastTry) {
        this.signer = signer;
        this.key = key;
        this.pin = pin;
        this.digest = digest;
        this.lastTry = lastTry;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(digest.rsaSignatureName());
    }

    @Override
    public OutputStream getOutputStream() {
        return signedAttributes;
    }

    @Override
    public byte[] getSignature() {
        try {
            return signer.sign(key, pin, digest, digest.digest(signedAttributes.toByteArray()), lastTry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
