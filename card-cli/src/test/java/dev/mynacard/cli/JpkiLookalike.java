/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.core.cert.CertificatePurpose;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A root named as the J-LIS digital-signature root is (docs/protocol.md §13) but made here, a
 * signing certificate it issued and a CMS signature made with that certificate's key: what a
 * generation of J-LIS roots the user has to add looks like to mynacard.
 */
record JpkiLookalike(X509Certificate root, X509Certificate holder, KeyPair holderKeys) {
    static final X500Principal SIGN_ROOT_NAME = new X500Principal("OU=Japan Agency for Local Authority Information "
            + "Systems, OU=JPKI for digital signature, O=JPKI, C=JP");
    static final X500Principal AUTH_ROOT_NAME = new X500Principal("OU=Japan Agency for Local Authority Information "
            + "Systems, OU=JPKI for user authentication, O=JPKI, C=JP");

    /** A signing root valid {@code from}–{@code to} and a signing certificate valid for all of it. */
    static JpkiLookalike issue(Instant from, Instant to) throws Exception {
        return issue(SIGN_ROOT_NAME, from, to);
    }

    /** A root named {@code rootName}, valid {@code from}–{@code to}, and a signing certificate it issued. */
    static JpkiLookalike issue(X500Principal rootName, Instant from, Instant to) throws Exception {
        KeyPair rootKeys = newKeys();
        X509v3CertificateBuilder root = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE,
                Date.from(from), Date.from(to), rootName, rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        KeyPair holderKeys = newKeys();
        X509v3CertificateBuilder holder = new JcaX509v3CertificateBuilder(rootName, BigInteger.TWO,
                Date.from(from), Date.from(to), new X500Principal("CN=LOOKALIKE HOLDER, C=JP"), holderKeys.getPublic())
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(
                        new ASN1ObjectIdentifier(CertificatePurpose.SIGN.policyOids().get(0)))));
        JcaContentSignerBuilder signer = new JcaContentSignerBuilder("SHA256withRSA");
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        return new JpkiLookalike(converter.getCertificate(root.build(signer.build(rootKeys.getPrivate()))),
                converter.getCertificate(holder.build(signer.build(rootKeys.getPrivate()))), holderKeys);
    }

    /** An attached CMS signature of {@code content} claiming {@code signingTime}, carrying the holder's certificate and the root. */
    byte[] sign(byte[] content, Instant signingTime) throws Exception {
        AttributeTable claimed = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(signingTime)))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(claimed))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(holderKeys.getPrivate()), holder));
        generator.addCertificates(new JcaCertStore(List.of(holder, root)));
        return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
    }

    private static KeyPair newKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
