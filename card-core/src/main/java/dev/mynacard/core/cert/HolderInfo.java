/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;

/**
 * The holder's facts a signing certificate carries as subjectAltName otherNames
 * (1.2.392.200149.8.5.5.1–.6, docs/protocol.md §6).
 *
 * <p>Parsed with BouncyCastle rather than {@code X509Certificate.getSubjectAlternativeNames()},
 * whose otherName values keep the [0] EXPLICIT wrapper around the UTF8String.
 *
 * @param nameSubstitutes    the name's substitute-character positions as the certificate states
 *                           them; empty when none
 * @param addressSubstitutes the same for the address
 * @param locality           the subject's {@code L=} values in certificate order, the prefecture and
 *                           the municipality in romaji on real cards (e.g. {@code Ibaraki-ken},
 *                           {@code Tsukuba-shi}); empty when the subject has none
 */
public record HolderInfo(
        String name,
        String nameSubstitutes,
        Sex sex,
        JapaneseDate birthDate,
        String address,
        String addressSubstitutes,
        List<String> locality) {

    public HolderInfo {
        locality = List.copyOf(locality);
    }

    public static final String NAME_OID = "1.2.392.200149.8.5.5.1";
    public static final String NAME_SUBSTITUTES_OID = "1.2.392.200149.8.5.5.2";
    public static final String SEX_OID = "1.2.392.200149.8.5.5.3";
    public static final String BIRTH_DATE_OID = "1.2.392.200149.8.5.5.4";
    public static final String ADDRESS_OID = "1.2.392.200149.8.5.5.5";
    public static final String ADDRESS_SUBSTITUTES_OID = "1.2.392.200149.8.5.5.6";

    /**
     * The holder's facts in a signing certificate.
     *
     * @throws CertificateParsingException when the certificate has no subjectAltName, lacks the
     *     name, sex, birth date or address, repeats one, or has a value that does not parse
     */
    public static HolderInfo of(X509Certificate certificate) throws CertificateParsingException {
        ASN1Primitive san = CertificateExtensions.value(certificate, Extension.subjectAlternativeName.getId())
                .orElseThrow(() -> new CertificateParsingException(
                        "the certificate has no subjectAltName: it is not a signing certificate"));
        Map<String, String> values = otherNames(san);
        return new HolderInfo(
                required(values, NAME_OID, "name"),
                values.getOrDefault(NAME_SUBSTITUTES_OID, ""),
                Sex.ofCertificateCode(required(values, SEX_OID, "sex")).orElseThrow(
                        () -> new CertificateParsingException("the sex code is not 1, 2 or 3")),
                birthDate(required(values, BIRTH_DATE_OID, "birth date")),
                required(values, ADDRESS_OID, "address"),
                values.getOrDefault(ADDRESS_SUBSTITUTES_OID, ""),
                locality(certificate));
    }

    /** The subject's L= values, in the order the certificate has them. */
    private static List<String> locality(X509Certificate certificate) throws CertificateParsingException {
        try {
            X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
            List<String> locality = new ArrayList<>();
            for (RDN rdn : subject.getRDNs(BCStyle.L)) {
                if (!(rdn.getFirst().getValue() instanceof ASN1String text)) {
                    throw new CertificateParsingException("the subject's locality is not a string");
                }
                locality.add(text.getString());
            }
            return locality;
        } catch (RuntimeException e) {
            throw new CertificateParsingException("the subject's locality is malformed", e);
        }
    }

    private static Map<String, String> otherNames(ASN1Primitive san) throws CertificateParsingException {
        Map<String, String> values = new HashMap<>();
        try {
            for (GeneralName name : GeneralNames.getInstance(san).getNames()) {
                if (name.getTagNo() != GeneralName.otherName) {
                    continue;
                }
                OtherName other = OtherName.getInstance(name.getName());
                String oid = other.getTypeID().getId();
                if (!(other.getValue() instanceof ASN1String text)) {
                    throw new CertificateParsingException("otherName " + oid + " is not a string");
                }
                if (values.put(oid, text.getString()) != null) {
                    throw new CertificateParsingException("otherName " + oid + " appears twice");
                }
            }
        } catch (RuntimeException e) {
            throw new CertificateParsingException("subjectAltName is malformed", e);
        }
        return values;
    }

    private static String required(Map<String, String> values, String oid, String what)
            throws CertificateParsingException {
        String value = values.get(oid);
        if (value == null) {
            throw new CertificateParsingException("subjectAltName has no " + what + " (" + oid + ")");
        }
        return value;
    }

    /** {@code EYYYYMMDD}: era code (0 = unknown, 1 明治 … 5 令和) and the Gregorian date. */
    static JapaneseDate birthDate(String value) throws CertificateParsingException {
        if (!value.matches("[0-9]{9}")) {
            throw new CertificateParsingException("the birth date is not EYYYYMMDD");
        }
        int code = value.charAt(0) - '0';
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(value.substring(1, 5)), Integer.parseInt(value.substring(5, 7)),
                    Integer.parseInt(value.substring(7, 9)));
        } catch (DateTimeException e) {
            throw new CertificateParsingException("the birth date is not a calendar date", e);
        }
        Era era = Era.of(date).orElseThrow(() -> new CertificateParsingException("the birth date is before Meiji"));
        if (code != 0 && era.code() != code) {
            throw new CertificateParsingException("the birth date's era code " + code + " does not match "
                    + era + " for its Gregorian date");
        }
        return new JapaneseDate(era, date);
    }
}
