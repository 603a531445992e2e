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
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
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
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
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
    private final boolean pades;

    /**
     * Content that can only be made once the signer's certificate is known (a PDF whose signature
     * dictionary names the holder and reserves room for the signature): called inside the card
     * operation, after the password check.
     */
    @FunctionalInterface
    public interface PreparedContent {
        /** @param signatureLength the exact length of the DER SignedData that will sign the content */
        byte[] prepare(X509Certificate signerCertificate, int signatureLength) throws IOException;
    }

    public CmsSigner(MyNumberCard card) {
        this(card, SigningKey.SIGN, DigestAlgorithm.SHA256, LastTry.REFUSE, Clock.systemUTC(), true, false);
    }

    private CmsSigner(MyNumberCard card, SigningKey key, DigestAlgorithm digest, LastTry lastTry, Clock clock,
                      boolean includeCa, boolean pades) {
        this.card = Objects.requireNonNull(card, "card");
        this.key = Objects.requireNonNull(key, "key");
        this.digest = Objects.requireNonNull(digest, "digest");
        this.lastTry = Objects.requireNonNull(lastTry, "lastTry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.includeCa = includeCa;
        this.pades = pades;
    }

    /** Signs with this key instead (AUTH makes a signature with the 利用者証明用 key). */
    public CmsSigner withKey(SigningKey signingKey) {
        return new CmsSigner(card, signingKey, digest, lastTry, clock, includeCa, pades);
    }

    public CmsSigner withDigest(DigestAlgorithm algorithm) {
        return new CmsSigner(card, key, algorithm, lastTry, clock, includeCa, pades);
    }

    public CmsSigner withLastTry(LastTry policy) {
        return new CmsSigner(card, key, digest, policy, clock, includeCa, pades);
    }

    /** The clock the signing-time attribute is read from. */
    public CmsSigner withClock(Clock signingClock) {
        return new CmsSigner(card, key, digest, lastTry, signingClock, includeCa, pades);
    }

    /** Includes the signer's certificate only (one READ fewer; the verifier must have the root). */
    public CmsSigner withoutCaCertificate() {
        return new CmsSigner(card, key, digest, lastTry, clock, false, pades);
    }

    /**
     * The signed attributes PAdES baseline B-B (ETSI EN 319 142-1) asks for: content type, message
     * digest and signing-certificate-v2 (the SHA-256 of the signer's certificate, so that it cannot
     * be swapped for another with the same key), without signing-time: a PDF signature claims its
     * time in the signature dictionary's {@code /M}.
     */
    public CmsSigner forPades() {
        return new CmsSigner(card, key, digest, lastTry, clock, includeCa, true);
    }

    /** A SignedData without the content; the verifier needs {@code content} besides. */
    public byte[] signDetached(byte[] content, Pin pin) throws IOException {
        Objects.requireNonNull(content, "content");
        return sign((certificate, length) -> content, false, pin);
    }

    /** A SignedData without the content, which {@code content} makes once the signer's certificate is read. */
    public byte[] signDetached(PreparedContent content, Pin pin) throws IOException {
        Objects.requireNonNull(content, "content");
        return sign(content, false, pin);
    }

    /** A SignedData that carries {@code content}. */
    public byte[] signAttached(byte[] content, Pin pin) throws IOException {
        Objects.requireNonNull(content, "content");
        return sign((certificate, length) -> content, true, pin);
    }

    /**
     * @throws dev.mynacard.core.pin.PinFormatException before any APDU, for a malformed PIN
     * @throws dev.mynacard.apdu.WrongPinException     the card refused the PIN; nothing was signed
     */
    private byte[] sign(PreparedContent content, boolean attached, Pin pin) throws IOException {
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
                int length = attached ? 0 : generate(new byte[0], false, included, placeholder(certificate)).length;
                return generate(content.prepare(certificate, length), attached, included,
                        new CardContentSigner(card.signer(), key, pin, digest, lastTry));
            });
        } catch (UncheckedIOException cardFailure) {
            throw cardFailure.getCause();
        }
    }

    /** @param included the signer's certificate first */
    private byte[] generate(byte[] content, boolean attached, List<X509Certificate> included,
                            ContentSigner contentSigner) throws IOException {
        X509Certificate certificate = included.get(0);
        try {
            AttributeTable fixed = pades ? new AttributeTable(signingCertificateV2(certificate))
                    : new AttributeTable(new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(clock.instant())))));
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(pades ? withoutSigningTime(new DefaultSignedAttributeTableGenerator(fixed))
                            : new DefaultSignedAttributeTableGenerator(fixed))
                    .build(contentSigner, certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(included));
            return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException("BouncyCastle could not assemble the SignedData: " + e.getMessage(), e);
        }
    }

    /**
     * Signs like the card, with zeros: an RSA signature is as long as the modulus and every signed
     * attribute has a fixed length, so a detached SignedData with it is exactly as long as the card's.
     */
    private ContentSigner placeholder(X509Certificate certificate) {
        int modulusBytes = (((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength() + 7) / 8;
        AlgorithmIdentifier algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(digest.rsaSignatureName());
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public byte[] getSignature() {
                return new byte[modulusBytes];
            }
        };
    }

    /** BouncyCastle adds a signing-time attribute unless told otherwise. */
    private static CMSAttributeTableGenerator withoutSigningTime(DefaultSignedAttributeTableGenerator defaults) {
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** RFC 5035: the signer's certificate by its SHA-256 hash and issuer/serial. */
    private static Attribute signingCertificateV2(X509Certificate certificate) throws CertificateEncodingException {
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        byte[] hash = DigestAlgorithm.SHA256.digest(certificate.getEncoded());
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
    }
}
