/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes CMS SignedData (RFC 5652), detached or attached, whose signature the card computes. By
 * default: the SIGN key (署名用電子証明書), SHA-256, the last PIN try refused, the system clock for
 * the signing-time attribute. The signed attributes are content type, message digest, signing
 * time (and BouncyCastle's CMS algorithm protection). The CMS includes the signer's certificate
 * and, unless {@link #withoutCaCertificate()}, the card's root for it (EF 0002 for SIGN, 000B for
 * AUTH) — a verifier trusts that root only when its fingerprint is pinned, but needs its key.
 *
 * <p>One signature takes one exclusive operation. With the SIGN key the password is verified first
 * (reading the signing certificate needs it), then again by {@link dev.mynacard.core.sign.CardSigner}
 * right before the signature: a wrong password fails at the first VERIFY, before anything is
 * signed. The caller owns and closes the {@link Pin}. Immutable; the {@code with…} methods return
 * a new signer.
 */
public final class CmsSigner {
    private final MyNumberCard card;
    private final SigningKey key;
    private final DigestAlgorithm digest;
    private final LastTry lastTry;
    private final Clock clock;
    private final boolean includeCa;

    public CmsSigner(MyNumberCard card) {
        this(card, SigningKey.SIGN, DigestAlgorithm.SHA256, LastTry.REFUSE, Clock.systemUTC(), true);
    }

    private CmsSigner(MyNumberCard card, SigningKey key, DigestAlgorithm digest, LastTry lastTry, Clock clock,
                      boolean includeCa) {
        this.card = Objects.requireNonNull(card, "card");
        this.key = Objects.requireNonNull(key, "key");
        this.digest = Objects.requireNonNull(digest, "digest");
        this.lastTry = Objects.requireNonNull(lastTry, "lastTry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.includeCa = includeCa;
    }

    /** Signs with this key instead (AUTH makes a signature with the 利用者証明用 key). */
    public CmsSigner withKey(SigningKey signingKey) {
        return new CmsSigner(card, signingKey, digest, lastTry, clock, includeCa);
    }

    public CmsSigner withDigest(DigestAlgorithm algorithm) {
        return new CmsSigner(card, key, algorithm, lastTry, clock, includeCa);
    }

    public CmsSigner withLastTry(LastTry policy) {
        return new CmsSigner(card, key, digest, policy, clock, includeCa);
    }

    /** The clock the signing-time attribute is read from. */
    public CmsSigner withClock(Clock signingClock) {
        return new CmsSigner(card, key, digest, lastTry, signingClock, includeCa);
    }

    /** Includes the signer's certificate only (one READ fewer; the verifier must have the root). */
    public CmsSigner withoutCaCertificate() {
        return new CmsSigner(card, key, digest, lastTry, clock, false);
    }

    /** A SignedData without the content; the verifier needs {@code content} besides. */
    public byte[] signDetached(byte[] content, Pin pin) throws IOException {
        return sign(content, false, pin);
    }

    /** A SignedData that carries {@code content}. */
    public byte[] signAttached(byte[] content, Pin pin) throws IOException {
        return sign(content, true, pin);
    }

    /**
     * @throws dev.mynacard.core.pin.PinFormatException before any APDU, for a malformed PIN
     * @throws dev.mynacard.apdu.WrongPinException     the card refused the PIN; nothing was signed
     */
    private byte[] sign(byte[] content, boolean attached, Pin pin) throws IOException {
        Objects.requireNonNull(content, "content");
        key.pin().format().check(pin);
        CardSession session = card.session();
        try {
            return session.exclusive(() -> {
                if (key.certificate().requiredPin().isPresent()) {
                    card.pins().verify(key.pin(), pin, lastTry);
                }
                X509Certificate certificate = card.signer().certificate(key).x509();
                List<X509Certificate> included = new ArrayList<>(List.of(certificate));
                if (includeCa) {
                    included.add(card.certificates().read(key.root()).x509());
                }
                return generate(content, attached, included,
                        new CardContentSigner(card.signer(), key, pin, digest, lastTry));
            });
        } catch (UncheckedIOException cardFailure) {
            throw cardFailure.getCause();
        }
    }

    /** @param included the signer's certificate first */
    private byte[] generate(byte[] content, boolean attached, List<X509Certificate> included,
                            CardContentSigner contentSigner) throws IOException {
        X509Certificate certificate = included.get(0);
        try {
            AttributeTable signingTime = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(clock.instant())))));
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                    .build(contentSigner, certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(included));
            return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException("BouncyCastle could not assemble the SignedData: " + e.getMessage(), e);
        }
    }
}
