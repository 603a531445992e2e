/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates and CRLs made in tests with BouncyCastle: look-alike roots, JPKI-shaped holders. */
public final class TestPki {
    public static final Instant FROM = Instant.parse("2015-01-01T00:00:00Z");
    public static final Instant TO = Instant.parse("2045-01-01T00:00:00Z");

    private TestPki() {
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed CA shaped like a JPKI root: CA:TRUE, keyCertSign + cRLSign. */
    public static X509Certificate root(X500Principal name, KeyPair keys) {
        return root(name, keys, FROM, TO);
    }

    /** A self-signed CA shaped like a JPKI root, valid {@code from}–{@code to}. */
    public static X509Certificate root(X500Principal name, KeyPair keys, Instant from, Instant to) {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(from),
                Date.from(to), name, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return sign(builder, keys.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A holder certificate for {@code purpose}: its key usage and production policy (and {@code more}), valid FROM–TO. */
    public static X509Certificate holder(X509Certificate issuer, PrivateKey issuerKey, PublicKey key,
                                         CertificatePurpose purpose, BigInteger serial, Extension... more) {
        return holder(issuer, issuerKey, key, purpose, serial, FROM, TO, more);
    }

    /** A holder certificate for {@code purpose}, valid {@code from}–{@code to}. */
    public static X509Certificate holder(X509Certificate issuer, PrivateKey issuerKey, PublicKey key,
                                         CertificatePurpose purpose, BigInteger serial, Instant from, Instant to,
                                         Extension... more) {
        int usage = purpose == CertificatePurpose.SIGN ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                : KeyUsage.digitalSignature;
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.getSubjectX500Principal(), serial,
                Date.from(from), Date.from(to), new X500Principal("CN=TEST HOLDER " + serial + ", C=JP"), key);
        try {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            builder.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(
                    new PolicyInformation(new ASN1ObjectIdentifier(purpose.policyOids().get(0)))));
            for (Extension extension : more) {
                builder.addExtension(extension);
            }
            return sign(builder, issuerKey);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL by {@code issuer} revoking {@code revoked} on {@code revokedOn}. */
    public static X509CRL crl(X500Principal issuer, PrivateKey key, Instant thisUpdate, Instant nextUpdate,
                              Instant revokedOn, BigInteger... revoked) {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer, Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (BigInteger serial : revoked) {
            builder.addCRLEntry(serial, Date.from(revokedOn), CRLReason.keyCompromise);
        }
        return crl(builder, key);
    }

    /** The CRL a test built (with whatever extensions and entries it wants), signed with {@code key}. */
    public static X509CRL crl(X509v2CRLBuilder builder, PrivateKey key) {
        try {
            return new JcaX509CRLConverter().getCRL(builder.build(signer(key)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
    }

    private static ContentSigner signer(PrivateKey key) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(key);
    }
}
