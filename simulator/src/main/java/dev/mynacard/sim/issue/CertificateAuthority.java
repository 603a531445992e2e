/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A root CA of the simulator's PKI: its name, key pair and self-signed certificate. */
record CertificateAuthority(X500Name name, KeyPair keys, X509Certificate certificate) {
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    /** One certificate extension to add. */
    record Ext(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
    }

    /** A self-signed root: CA:TRUE and keyCertSign + cRLSign, both critical. */
    static CertificateAuthority root(X500Name name, KeyPair keys, BigInteger serial, Instant notBefore,
                                     Instant notAfter) {
        JcaX509ExtensionUtils utils = extensionUtils();
        List<Ext> extensions = List.of(
                new Ext(Extension.basicConstraints, true, new BasicConstraints(true)),
                new Ext(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                new Ext(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic())));
        X509Certificate certificate = sign(new JcaX509v3CertificateBuilder(name, serial, Date.from(notBefore),
                Date.from(notAfter), name, keys.getPublic()), extensions, keys);
        return new CertificateAuthority(name, keys, certificate);
    }

    /** An end-entity certificate signed by this CA, with authority and subject key identifiers. */
    X509Certificate issue(X500Name subject, PublicKey subjectKey, BigInteger serial, Instant notBefore,
                          Instant notAfter, List<Ext> extensions) {
        JcaX509ExtensionUtils utils = extensionUtils();
        List<Ext> all = new ArrayList<>(extensions);
        all.add(new Ext(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(keys.getPublic())));
        all.add(new Ext(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey)));
        return sign(new JcaX509v3CertificateBuilder(name, serial, Date.from(notBefore), Date.from(notAfter),
                subject, subjectKey), all, keys);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, List<Ext> extensions, KeyPair signer) {
        try {
            for (Ext ext : extensions) {
                builder.addExtension(ext.oid(), ext.critical(), ext.value());
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer.getPrivate())));
        } catch (CertIOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate with " + SIGNATURE_ALGORITHM, e);
        }
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 missing from the JDK", e);
        }
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + name + "]";
    }
}
