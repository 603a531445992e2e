/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static dev.mynacard.core.cert.CertificatePurpose.AUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline revocation against a CRL file, with a CA made in the test and added as a user root. */
class RevocationTest {
    private static final KeyPair CA_KEYS = TestPki.newKeyPair();
    private static final X509Certificate CA = TestPki.root(new X500Principal("CN=Revoking CA, C=JP"), CA_KEYS);
    private static final BigInteger SERIAL = BigInteger.valueOf(4711);
    private static final X509Certificate HOLDER = TestPki.holder(CA, CA_KEYS.getPrivate(),
            TestPki.newKeyPair().getPublic(), AUTH, SERIAL);
    private static final Instant THIS_UPDATE = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NEXT_UPDATE = Instant.parse("2026-12-01T00:00:00Z");
    private static final CertificateValidator VALIDATOR = new CertificateValidator(
            TrustAnchors.jlis().withRoot(CA, Hierarchy.PRODUCTION), CertificateValidatorTest.NOW);

    @TempDir
    Path directory;

    @Test
    void withoutACrlRevocationIsNotCheckedAndDoesNotFail() {
        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH));

        Check revocation = report.check(CertificateCheck.REVOCATION).orElseThrow();
        assertEquals(Outcome.NOT_CHECKED, revocation.outcome());
        assertTrue(revocation.reason().contains("contracted verifiers"));
        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void crlListingTheSerialRevokesIt() throws Exception {
        X509CRL crl = TestPki.crl(CA.getSubjectX500Principal(), CA_KEYS.getPrivate(), THIS_UPDATE, NEXT_UPDATE,
                Instant.parse("2026-10-15T00:00:00Z"), BigInteger.ONE, SERIAL);
        Path file = Files.write(directory.resolve("ca.crl"), crl.getEncoded());

        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH)
                .withCrl(CertificateFiles.readCrl(file)));

        assertFalse(report.isValid());
        String reason = report.check(CertificateCheck.REVOCATION).orElseThrow().reason();
        assertTrue(reason.startsWith("revoked on 2026-10-15T00:00:00Z"), reason);
    }

    @Test
    void crlNotListingTheSerialPasses() {
        X509CRL crl = TestPki.crl(CA.getSubjectX500Principal(), CA_KEYS.getPrivate(), THIS_UPDATE, NEXT_UPDATE,
                THIS_UPDATE, BigInteger.ONE);

        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH).withCrl(crl));

        assertEquals(Outcome.PASSED, report.check(CertificateCheck.REVOCATION).orElseThrow().outcome());
        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void crlFromAnotherIssuerFailsWithItsReason() {
        KeyPair otherKeys = TestPki.newKeyPair();
        X509CRL crl = TestPki.crl(new X500Principal("CN=Another CA, C=JP"), otherKeys.getPrivate(), THIS_UPDATE,
                NEXT_UPDATE, THIS_UPDATE);

        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH).withCrl(crl));

        String reason = report.check(CertificateCheck.REVOCATION).orElseThrow().reason();
        assertTrue(report.failed(CertificateCheck.REVOCATION));
        assertTrue(reason.contains("issued by CN=Another CA"), reason);
    }

    @Test
    void crlWithTheCasNameButAnotherKeyFails() {
        X509CRL forged = TestPki.crl(CA.getSubjectX500Principal(), TestPki.newKeyPair().getPrivate(), THIS_UPDATE,
                NEXT_UPDATE, THIS_UPDATE);

        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH).withCrl(forged));

        assertTrue(report.check(CertificateCheck.REVOCATION).orElseThrow().reason().contains("signature"));
        assertTrue(report.failed(CertificateCheck.REVOCATION));
    }

    @Test
    void crlNotCurrentAtTheInstantFails() {
        X509CRL stale = TestPki.crl(CA.getSubjectX500Principal(), CA_KEYS.getPrivate(),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), THIS_UPDATE);

        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(HOLDER, AUTH).withCrl(stale));

        assertTrue(report.failed(CertificateCheck.REVOCATION));
        assertTrue(report.check(CertificateCheck.REVOCATION).orElseThrow().reason().contains("not 2026-11-26"));
    }
}
