/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static dev.mynacard.core.cert.CertificatePurpose.AUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.ReasonFlags;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/**
 * A genuine, current CRL that cannot say whether the certificate is revoked leaves revocation "not
 * checked", and the certificate NOT valid since a CRL was asked for; a CRL that covers it still decides.
 */
class CrlScopeTest {
    private static final X500Principal CA_NAME = new X500Principal("CN=Partitioned CA, C=JP");
    private static final KeyPair CA_KEYS = TestPki.newKeyPair();
    private static final X509Certificate CA = TestPki.root(CA_NAME, CA_KEYS);
    private static final GeneralName PARTITION = new GeneralName(GeneralName.uniformResourceIdentifier,
            "ldap://crl.example/partition-7");
    private static final X509Certificate HOLDER = withDistributionPoint(PARTITION);
    private static final Instant THIS_UPDATE = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NEXT_UPDATE = Instant.parse("2026-12-01T00:00:00Z");
    private static final CertificateValidator VALIDATOR = new CertificateValidator(
            TrustAnchors.jlis().withRoot(CA, Hierarchy.PRODUCTION), CertificateValidatorTest.NOW);

    @Test
    void crlOfTheCertificatesOwnPartitionDecides() throws Exception {
        X509v2CRLBuilder crl = current().addExtension(Extension.issuingDistributionPoint, true,
                scope(PARTITION, true, false, null, false));

        ValidationReport report = validate(crl);

        assertEquals(Outcome.PASSED, report.check(CertificateCheck.REVOCATION).orElseThrow().outcome(),
                report::toString);
        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void deltaCrlIsNotEnough() throws Exception {
        assertNotChecked("revocation.delta", current().addExtension(Extension.deltaCRLIndicator, true,
                new CRLNumber(BigInteger.ONE)));
    }

    @Test
    void unknownCriticalCrlExtension() throws Exception {
        assertNotChecked("revocation.critical-extension", current().addExtension(
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"), true, DERNull.INSTANCE));
    }

    @Test
    void unknownCriticalEntryExtensionOnAnotherCertificatesEntry() throws Exception {
        X509v2CRLBuilder crl = current();
        crl.addCRLEntry(BigInteger.TWO, Date.from(THIS_UPDATE), new Extensions(new Extension(
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.2"), true, DERNull.INSTANCE.getEncoded())));

        assertNotChecked("revocation.critical-entry-extension", crl);
    }

    @Test
    void crlOfCaCertificatesOnlyDoesNotCoverAHolder() throws Exception {
        assertNotChecked("revocation.only-ca", current().addExtension(Extension.issuingDistributionPoint, true,
                scope(PARTITION, false, true, null, false)));
    }

    @Test
    void crlOfEndEntitiesOnlyDoesNotCoverACa() throws Exception {
        X509CRL crl = TestPki.crl(current().addExtension(Extension.issuingDistributionPoint, true,
                scope(null, true, false, null, false)), CA_KEYS.getPrivate());

        Optional<Check> problem = CrlScope.problem(crl, CA);

        assertEquals("revocation.only-user", problem.orElseThrow().reasonKey());
        assertTrue(CrlScope.problem(crl, HOLDER).isEmpty(), "it does cover an end entity");
    }

    @Test
    void crlOfSomeReasonsOnly() throws Exception {
        assertNotChecked("revocation.some-reasons", current().addExtension(Extension.issuingDistributionPoint, true,
                scope(PARTITION, false, false, new ReasonFlags(ReasonFlags.keyCompromise), false)));
    }

    @Test
    void indirectCrl() throws Exception {
        assertNotChecked("revocation.indirect", current().addExtension(Extension.issuingDistributionPoint, true,
                scope(PARTITION, false, false, null, true)));
    }

    @Test
    void crlOfAnotherPartition() throws Exception {
        GeneralName other = new GeneralName(GeneralName.uniformResourceIdentifier, "ldap://crl.example/partition-8");

        assertNotChecked("revocation.other-partition", current().addExtension(Extension.issuingDistributionPoint,
                true, scope(other, false, false, null, false)));
    }

    @Test
    void partitionedCrlDoesNotCoverACertificateWithoutDistributionPoints() throws Exception {
        X509Certificate without = TestPki.holder(CA, CA_KEYS.getPrivate(), TestPki.newKeyPair().getPublic(), AUTH,
                BigInteger.valueOf(99));
        X509CRL crl = TestPki.crl(current().addExtension(Extension.issuingDistributionPoint, true,
                scope(PARTITION, false, false, null, false)), CA_KEYS.getPrivate());

        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(without, AUTH).withCrl(crl));

        assertEquals("revocation.other-partition", report.check(CertificateCheck.REVOCATION).orElseThrow().reasonKey());
        assertFalse(report.isValid());
    }

    @Test
    void crlWithoutNextUpdate() {
        assertNotChecked("revocation.no-next-update", new JcaX509v2CRLBuilder(CA_NAME, Date.from(THIS_UPDATE)));
    }

    @Test
    void crlSignedByACaWithoutCrlSign() throws Exception {
        KeyPair keys = TestPki.newKeyPair();
        X500Principal name = new X500Principal("CN=Certificates Only CA, C=JP");
        X509v3CertificateBuilder root = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(TestPki.FROM), Date.from(TestPki.TO), name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign));
        X509Certificate ca = new JcaX509CertificateConverter().getCertificate(
                root.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        X509Certificate holder = TestPki.holder(ca, keys.getPrivate(), TestPki.newKeyPair().getPublic(), AUTH,
                BigInteger.TEN);
        X509CRL crl = TestPki.crl(name, keys.getPrivate(), THIS_UPDATE, NEXT_UPDATE, THIS_UPDATE);

        ValidationReport report = new CertificateValidator(TrustAnchors.jlis().withRoot(ca, Hierarchy.PRODUCTION),
                CertificateValidatorTest.NOW).validate(ValidationRequest.of(holder, AUTH).withCrl(crl));

        assertEquals("revocation.no-crl-sign", report.check(CertificateCheck.REVOCATION).orElseThrow().reasonKey());
        assertFalse(report.isValid());
    }

    private static X509v2CRLBuilder current() {
        return new JcaX509v2CRLBuilder(CA_NAME, Date.from(THIS_UPDATE)).setNextUpdate(Date.from(NEXT_UPDATE));
    }

    private static ValidationReport validate(X509v2CRLBuilder crl) {
        return VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH).withCrl(TestPki.crl(crl, CA_KEYS.getPrivate())));
    }

    private static void assertNotChecked(String reasonKey, X509v2CRLBuilder crl) {
        ValidationReport report = validate(crl);

        Check revocation = report.check(CertificateCheck.REVOCATION).orElseThrow();
        assertEquals(Outcome.NOT_CHECKED, revocation.outcome(), report::toString);
        assertEquals(reasonKey, revocation.reasonKey(), report::toString);
        assertFalse(report.isValid(), "a CRL was given but cannot tell: " + report);
        assertEquals(List.of(revocation), report.failures(), report::toString);
        assertTrue(VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH)).isValid(), "valid without a CRL");
    }

    private static IssuingDistributionPoint scope(GeneralName point, boolean onlyUsers, boolean onlyCas,
                                                  ReasonFlags someReasons, boolean indirect) {
        DistributionPointName name = point == null ? null : new DistributionPointName(new GeneralNames(point));
        return new IssuingDistributionPoint(name, onlyUsers, onlyCas, someReasons, indirect, false);
    }

    private static X509Certificate withDistributionPoint(GeneralName point) {
        try {
            return TestPki.holder(CA, CA_KEYS.getPrivate(), TestPki.newKeyPair().getPublic(), AUTH,
                    BigInteger.valueOf(4711), new Extension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                            new DistributionPoint[] {new DistributionPoint(new DistributionPointName(
                                    new GeneralNames(point)), null, null)}).getEncoded()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
