/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * The holder's two certificates (docs/protocol.md §6). Both are valid from 00:00 JST on the
 * issuance date to 23:59:59 JST on the 5th birthday after it, name the issuing root's CRL by
 * directory name, and carry authority and subject key identifiers.
 */
final class HolderCertificates {
    static final ASN1ObjectIdentifier AUTH_POLICY = new ASN1ObjectIdentifier("1.2.392.200149.8.5.1.3.30");
    /** The policy of J-LIS test cards; the simulator never claims the production policy. */
    static final ASN1ObjectIdentifier SIGN_TEST_POLICY = new ASN1ObjectIdentifier("1.2.392.200149.8.5.1.0.20");
    static final ASN1ObjectIdentifier SAN_NAME = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.1");
    static final ASN1ObjectIdentifier SAN_NAME_SUBSTITUTES = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.2");
    static final ASN1ObjectIdentifier SAN_SEX = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.3");
    static final ASN1ObjectIdentifier SAN_BIRTH_DATE = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.4");
    static final ASN1ObjectIdentifier SAN_ADDRESS = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.5");
    static final ASN1ObjectIdentifier SAN_ADDRESS_SUBSTITUTES = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.6");
    static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private HolderCertificates() {
    }

    /** The user-authentication certificate: subject {@code C=JP, CN=<opaque id>}, no personal data. */
    static X509Certificate auth(CertificateAuthority ca, PublicKey key, HolderProfile profile, CardFacts facts) {
        return issue(ca, key, profile, facts, subject(List.of(), facts.authSubjectId()), "auth-serial", List.of(
                new CertificateAuthority.Ext(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)),
                policy(AUTH_POLICY)));
    }

    /**
     * The signing certificate: subject {@code C=JP, L=<prefecture>, L=<municipality>, CN=<opaque id>}
     * with the locality in romaji, as on real cards, and the holder's basic four facts in
     * subjectAltName otherNames.
     */
    static X509Certificate sign(CertificateAuthority ca, PublicKey key, HolderProfile profile, CardFacts facts) {
        GeneralNames san = new GeneralNames(new GeneralName[] {
            otherName(SAN_NAME, profile.name()),
            otherName(SAN_NAME_SUBSTITUTES, profile.nameSubstitutes()),
            otherName(SAN_SEX, profile.sex().certificateCode()),
            otherName(SAN_BIRTH_DATE, birthDateWithEra(profile.birthDate())),
            otherName(SAN_ADDRESS, profile.address()),
            otherName(SAN_ADDRESS_SUBSTITUTES, profile.addressSubstitutes()),
        });
        return issue(ca, key, profile, facts, subject(Locality.of(profile.address()), facts.signSubjectId()),
                "sign-serial", List.of(
                new CertificateAuthority.Ext(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)),
                policy(SIGN_TEST_POLICY),
                new CertificateAuthority.Ext(Extension.subjectAlternativeName, false, san)));
    }

    /** {@code EYYYYMMDD}: the era code, then the Gregorian date; 1980-05-05 → 319800505. */
    static String birthDateWithEra(LocalDate birthDate) {
        return String.format("%d%04d%02d%02d", Era.of(birthDate).code(), birthDate.getYear(),
                birthDate.getMonthValue(), birthDate.getDayOfMonth());
    }

    private static X500Name subject(List<String> locality, String subjectId) {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP");
        locality.forEach(l -> subject.addRDN(BCStyle.L, l));
        return subject.addRDN(BCStyle.CN, subjectId).build();
    }

    private static X509Certificate issue(CertificateAuthority ca, PublicKey key, HolderProfile profile,
                                         CardFacts facts, X500Name subject, String serialPurpose,
                                         List<CertificateAuthority.Ext> specific) {
        BigInteger serial = new BigInteger(63, SeededRandom.forPurpose(profile.seed(), serialPurpose)).setBit(62);
        List<CertificateAuthority.Ext> extensions = new ArrayList<>(specific);
        extensions.add(crlDistributionPoint(ca));
        return ca.issue(subject, key, serial,
                profile.issuanceDate().atStartOfDay().toInstant(JST),
                facts.certificateExpiry().atTime(LocalTime.of(23, 59, 59)).toInstant(JST),
                extensions);
    }

    private static CertificateAuthority.Ext policy(ASN1ObjectIdentifier oid) {
        return new CertificateAuthority.Ext(Extension.certificatePolicies, false,
                new CertificatePolicies(new PolicyInformation(oid)));
    }

    private static GeneralName otherName(ASN1ObjectIdentifier oid, String value) {
        return new GeneralName(GeneralName.otherName, new OtherName(oid, new DERUTF8String(value)));
    }

    /** The CA's own name plus {@code OU=CRL Distribution Points}, as a directoryName. */
    private static CertificateAuthority.Ext crlDistributionPoint(CertificateAuthority ca) {
        X500NameBuilder crlName = new X500NameBuilder(BCStyle.INSTANCE);
        for (RDN rdn : ca.name().getRDNs()) {
            crlName.addRDN(rdn.getFirst());
        }
        crlName.addRDN(BCStyle.OU, "CRL Distribution Points");
        DistributionPoint point = new DistributionPoint(new DistributionPointName(
                new GeneralNames(new GeneralName(crlName.build()))), null, null);
        return new CertificateAuthority.Ext(Extension.cRLDistributionPoints, false,
                new CRLDistPoint(new DistributionPoint[] {point}));
    }
}
