/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** CMS SignedData made in tests with BouncyCastle, from a key and a certificate. */
public final class TestSignatures {
    private TestSignatures() {
    }

    /**
     * @param signerCertificate named as the signer (its key need not be {@code key}'s pair)
     * @param included          the certificates the CMS carries
     * @param signingTime       the signing-time attribute, or empty for none
     */
    public static byte[] sign(byte[] content, boolean attached, PrivateKey key, X509Certificate signerCertificate,
                       List<X509Certificate> included, Optional<Instant> signingTime) throws Exception {
        return sign(content, attached, new JcaContentSignerBuilder("SHA256withRSA").build(key), signerCertificate,
                included, signingTime);
    }

    /** As above, with the signature {@code signer} makes (any algorithm, or random bytes). */
    public static byte[] sign(byte[] content, boolean attached, ContentSigner signer, X509Certificate signerCertificate,
                       List<X509Certificate> included, Optional<Instant> signingTime) throws Exception {
        AttributeTable fixed = signingTime
                .map(time -> new AttributeTable(new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(time))))))
                .orElseGet(() -> new AttributeTable(new ASN1EncodableVector()));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(fixed);
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(parameters -> signingTime.isPresent()
                        ? defaults.getAttributes(parameters)
                        : defaults.getAttributes(parameters).remove(CMSAttributes.signingTime))
                .build(signer, signerCertificate));
        generator.addCertificates(new JcaCertStore(included));
        return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
    }

    /** A detached SignedData without signed attributes: {@code algorithm}'s signature of the content itself. */
    static byte[] signDirectly(byte[] content, String algorithm, PrivateKey key, X509Certificate signerCertificate,
                               List<X509Certificate> included) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build())
                .setDirectSignature(true)
                .build(new JcaContentSignerBuilder(algorithm).build(key), signerCertificate));
        generator.addCertificates(new JcaCertStore(included));
        return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }

    /** A SignedData carrying certificates only, without any signer. */
    static byte[] withoutSigner(X509Certificate certificate) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addCertificates(new JcaCertStore(List.of(certificate)));
        return generator.generate(new CMSProcessableByteArray(new byte[] {1}), true).getEncoded();
    }
}
