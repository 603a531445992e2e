/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.KeyFile;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuedCertificatesTest {
    private static final Date WITHIN_VALIDITY = Date.from(Instant.parse("2027-01-01T00:00:00Z"));
    private static IssuedCard card;
    private static X509Certificate auth;
    private static X509Certificate sign;

    @BeforeAll
    static void issue() throws Exception {
        card = DefaultCard.issue();
        auth = parse(ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x000A, BinaryFile.class).content());
        sign = parse(ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x0001, BinaryFile.class).content());
    }

    /** Parses an EF as the JDK would, filler included. */
    private static X509Certificate parse(byte[] ef) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(ef));
    }

    @Test
    void certificateEfsHoldTheIssuedCertificatesThenFiller() throws Exception {
        assertArrayEquals(card.authCertificate().getEncoded(), auth.getEncoded());
        assertArrayEquals(card.signCertificate().orElseThrow().getEncoded(), sign.getEncoded());
        byte[] ef = ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x000A, BinaryFile.class).content();
        assertEquals(2048, ef.length);
        for (int i = auth.getEncoded().length; i < ef.length; i++) {
            assertEquals((byte) 0xFF, ef[i], "filler at " + i);
        }
        assertArrayEquals(card.authRoot().getEncoded(),
                parse(ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x000B, BinaryFile.class).content()).getEncoded());
        assertArrayEquals(card.signRoot().getEncoded(),
                parse(ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x0002, BinaryFile.class).content()).getEncoded());
    }

    @Test
    void chainsValidateToTheSimulatorRoots() throws Exception {
        validate(auth, card.authRoot());
        validate(sign, card.signRoot());
    }

    @Test
    void chainsDoNotValidateAcrossPurposes() {
        assertThrows(CertPathValidatorException.class, () -> validate(auth, card.signRoot()));
        assertThrows(CertPathValidatorException.class, () -> validate(sign, card.authRoot()));
    }

    private static void validate(X509Certificate leaf, X509Certificate root) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(WITHIN_VALIDITY);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf)), parameters);
    }

    @Test
    void authCertificateNamesNobody() throws Exception {
        assertEquals("CN=" + card.facts().authSubjectId() + ",C=JP", auth.getSubjectX500Principal().getName());
        assertTrue(card.facts().authSubjectId().matches("[0-9A-F]{32}"));
        assertArrayEquals(new boolean[] {true, false, false, false, false, false, false, false, false},
                auth.getKeyUsage());
        assertTrue(auth.getCriticalExtensionOIDs().contains("2.5.29.15"));
        assertEquals(List.of("1.2.392.200149.8.5.1.3.30"), policies(auth));
        assertNull(auth.getSubjectAlternativeNames());
        assertEquals(-1, auth.getBasicConstraints());
    }

    @Test
    void signCertificateCarriesTheBasicFourFacts() throws Exception {
        assertArrayEquals(new boolean[] {true, true, false, false, false, false, false, false, false},
                sign.getKeyUsage());
        assertTrue(sign.getCriticalExtensionOIDs().contains("2.5.29.15"));
        assertEquals(List.of("1.2.392.200149.8.5.1.0.20"), policies(sign));
        assertEquals(6, sign.getSubjectAlternativeNames().size());
        Map<String, String> san = otherNames(sign);
        assertEquals(List.of("1.2.392.200149.8.5.5.1", "1.2.392.200149.8.5.5.2", "1.2.392.200149.8.5.5.3",
                "1.2.392.200149.8.5.5.4", "1.2.392.200149.8.5.5.5", "1.2.392.200149.8.5.5.6"),
                List.copyOf(san.keySet()));
        assertEquals("山田　太郎", san.get("1.2.392.200149.8.5.5.1"));
        assertEquals("", san.get("1.2.392.200149.8.5.5.2"));
        assertEquals("1", san.get("1.2.392.200149.8.5.5.3"));
        assertEquals("319800505", san.get("1.2.392.200149.8.5.5.4"));
        assertEquals("茨城県つくば市研究学園９丁目９番地９", san.get("1.2.392.200149.8.5.5.5"));
        assertEquals("", san.get("1.2.392.200149.8.5.5.6"));
    }

    @Test
    void keyIdentifiersLinkLeafToRoot() throws Exception {
        for (X509Certificate[] pair : new X509Certificate[][] {{auth, card.authRoot()}, {sign, card.signRoot()}}) {
            byte[] rootSki = SubjectKeyIdentifier.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(pair[1].getExtensionValue("2.5.29.14"))).getKeyIdentifier();
            byte[] leafAki = AuthorityKeyIdentifier.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(pair[0].getExtensionValue("2.5.29.35"))).getKeyIdentifier();
            assertArrayEquals(rootSki, leafAki);
            assertNotNull(pair[0].getExtensionValue("2.5.29.14"), "subject key identifier");
        }
    }

    @Test
    void crlIsNamedByTheRootsDirectoryName() throws Exception {
        CRLDistPoint points = CRLDistPoint.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(sign.getExtensionValue("2.5.29.31")));
        GeneralName name = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames()[0];
        assertEquals(GeneralName.directoryName, name.getTagNo());
        assertEquals("C=JP,O=JPKI-SIMULATOR,OU=JPKI-SIMULATOR for digital signature,"
                + "OU=mynacard simulator — not for production,OU=CRL Distribution Points", name.getName().toString());
    }

    @Test
    void validFromIssuanceUntilTheFifthBirthdayJst() {
        assertEquals(Instant.parse("2025-06-01T15:00:00Z"), auth.getNotBefore().toInstant());
        assertEquals(Instant.parse("2030-05-05T14:59:59Z"), auth.getNotAfter().toInstant());
        assertEquals(auth.getNotAfter(), sign.getNotAfter());
        assertEquals(LocalDate.of(2030, 5, 5), card.facts().certificateExpiry());
    }

    @Test
    void cardKeysMatchTheirCertificatesAndSign() throws Exception {
        checkKeyPair(ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x0017, KeyFile.class), auth);
        checkKeyPair(ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x001A, KeyFile.class), sign);
    }

    private static void checkKeyPair(KeyFile file, X509Certificate certificate) throws Exception {
        KeyFile.RsaCrtKey k = file.key();
        RSAPublicKey pub = (RSAPublicKey) certificate.getPublicKey();
        assertEquals(pub.getModulus(), k.modulus());
        assertEquals(2048, k.modulus().bitLength());
        assertEquals(BigInteger.valueOf(65537), k.publicExponent());
        assertEquals(k.modulus(), k.p().multiply(k.q()));
        BigInteger d = k.publicExponent().modInverse(k.p().subtract(BigInteger.ONE).multiply(k.q().subtract(BigInteger.ONE)));
        PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                k.modulus(), k.publicExponent(), d, k.p(), k.q(), k.dp(), k.dq(), k.qInv()));
        byte[] message = "mynacard".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate);
        verifier.update(message);
        assertTrue(verifier.verify(signature));
    }

    @ParameterizedTest
    @CsvSource({"1980-05-05, 319800505", "2019-05-01, 520190501", "1989-01-07, 319890107",
                "1989-01-08, 419890108", "2019-04-30, 420190430", "1926-12-24, 219261224", "1912-07-29, 119120729"})
    void birthDatesCarryTheirEra(LocalDate birthDate, String expected) {
        assertEquals(expected, HolderCertificates.birthDateWithEra(birthDate));
    }

    @Test
    void eraBirthDateAndSexCodesReachTheCertificate() throws Exception {
        HolderProfile child = DefaultCard.profile().toBuilder()
                .birthDate(LocalDate.of(2019, 5, 1)).sex(Sex.UNKNOWN).seed(7).build();
        Map<String, String> san = otherNames(Issuer.standard().issue(child).signCertificate().orElseThrow());
        assertEquals("520190501", san.get("1.2.392.200149.8.5.5.4"));
        assertEquals("3", san.get("1.2.392.200149.8.5.5.3"));
    }

    @Test
    void certificatesOfAnOldCardHaveExpiredWhileTheCardHasNot() throws Exception {
        IssuedCard old = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .issuanceDate(LocalDate.of(2018, 6, 1)).seed(8).build());
        assertEquals(Instant.parse("2023-05-05T14:59:59Z"), old.authCertificate().getNotAfter().toInstant());
        assertThrows(CertificateExpiredException.class, () -> old.authCertificate().checkValidity());
        assertThrows(CertificateExpiredException.class, () -> old.signCertificate().orElseThrow().checkValidity());
        assertEquals(LocalDate.of(2028, 5, 5), old.facts().cardExpiry());
    }

    private static List<String> policies(X509Certificate certificate) throws Exception {
        CertificatePolicies policies = CertificatePolicies.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(certificate.getExtensionValue("2.5.29.32")));
        return Arrays.stream(policies.getPolicyInformation())
                .map(PolicyInformation::getPolicyIdentifier).map(Object::toString).toList();
    }

    /**
     * subjectAltName decoded from the extension's own bytes: each otherName's type OID and
     * UTF8String value. (The JDK's getSubjectAlternativeNames re-encodes an otherName with its
     * value wrapped in a second [0] tag, so it is no witness of the exact encoding.)
     */
    static Map<String, String> otherNames(X509Certificate certificate) throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        GeneralNames san = GeneralNames.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(certificate.getExtensionValue("2.5.29.17")));
        for (GeneralName name : san.getNames()) {
            assertEquals(GeneralName.otherName, name.getTagNo());
            // OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT UTF8String }
            ASN1Sequence otherName = ASN1Sequence.getInstance(name.getName());
            assertEquals(2, otherName.size());
            ASN1TaggedObject value = ASN1TaggedObject.getInstance(otherName.getObjectAt(1));
            assertEquals(0, value.getTagNo());
            ASN1Primitive string = value.getExplicitBaseObject().toASN1Primitive();
            assertTrue(string instanceof ASN1UTF8String, "UTF8String value, was " + string.getClass().getSimpleName());
            names.put(ASN1ObjectIdentifier.getInstance(otherName.getObjectAt(0)).getId(),
                    ((ASN1UTF8String) string).getString());
        }
        return names;
    }
}
