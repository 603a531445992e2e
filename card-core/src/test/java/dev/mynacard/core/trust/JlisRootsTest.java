/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cert.KeyUsage;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pins proven against the real J-LIS roots. */
class JlisRootsTest {
    private static final CertificateValidator VALIDATOR = new CertificateValidator(TrustAnchors.jlis());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "auth_ca_2015.pem, AUTH, 1",
        "auth_ca_2023.pem, AUTH, 3",
        "sign_ca_2015.pem, SIGN, 1",
        "sign_ca_2023.pem, SIGN, 3",
    })
    void realRootIsPinnedWithItsPurposeAndGeneration(String file, CertificatePurpose purpose, int generation)
            throws Exception {
        X509Certificate root = CertificateFiles.readCertificate(RealRoots.file(file));

        TrustedRoot pinned = TrustAnchors.jlis().find(root).orElseThrow();

        assertEquals(Fingerprint.of(root), pinned.fingerprint());
        assertEquals(purpose, pinned.purpose().orElseThrow());
        assertEquals(generation, pinned.generation().orElseThrow());
        assertEquals(Hierarchy.PRODUCTION, pinned.hierarchy());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"auth_ca_2015.pem", "auth_ca_2023.pem", "sign_ca_2015.pem", "sign_ca_2023.pem"})
    void realRootIsAnRsa2048CaCertificate(String file) throws Exception {
        X509Certificate root = CertificateFiles.readCertificate(RealRoots.file(file));

        assertEquals(2048, ((RSAPublicKey) root.getPublicKey()).getModulus().bitLength());
        assertEquals("SHA256withRSA", root.getSigAlgName());
        assertTrue(root.getBasicConstraints() >= 0, "CA:TRUE");
        assertTrue(KeyUsage.of(root.getKeyUsage()).contains(KeyUsage.KEY_CERT_SIGN));
    }

    @Test
    void generation3RootsPassTheRootOnlyCheckNow() throws Exception {
        for (String file : List.of("auth_ca_2023.pem", "sign_ca_2023.pem")) {
            ValidationReport report = VALIDATOR.validateRoot(
                    CertificateFiles.readCertificate(RealRoots.file(file)), Instant.parse("2026-11-26T00:00:00Z"));
            assertTrue(report.isValid(), report::toString);
            assertTrue(report.root().isPresent());
        }
    }

    @Test
    void generation1RootsExpiredIn2025ButValidateAsOf2024() throws Exception {
        for (String file : List.of("auth_ca_2015.pem", "sign_ca_2015.pem")) {
            X509Certificate root = CertificateFiles.readCertificate(RealRoots.file(file));

            ValidationReport now = VALIDATOR.validateRoot(root, Instant.parse("2026-01-01T00:00:00Z"));
            ValidationReport then = VALIDATOR.validateRoot(root, Instant.parse("2024-06-01T00:00:00Z"));

            assertTrue(now.failed(CertificateCheck.ROOT_VALIDITY), now::toString);
            assertFalse(now.failed(CertificateCheck.ROOT_TRUSTED), now::toString);
            assertTrue(then.isValid(), then::toString);
        }
    }

    @Test
    void rootWithTheJlisNameButAnotherKeyIsNotTrusted() throws Exception {
        X509Certificate genuine = CertificateFiles.readCertificate(RealRoots.file("auth_ca_2023.pem"));
        X509Certificate lookAlike = TestPki.root(genuine.getSubjectX500Principal(), TestPki.newKeyPair());

        ValidationReport report = VALIDATOR.validateRoot(lookAlike);

        assertEquals(genuine.getSubjectX500Principal(), lookAlike.getSubjectX500Principal());
        assertTrue(report.failed(CertificateCheck.ROOT_TRUSTED), report::toString);
        String reason = report.check(CertificateCheck.ROOT_TRUSTED).orElseThrow().reason();
        assertTrue(reason.startsWith("root not pinned"), reason);
        assertTrue(reason.contains("add it as a trusted root"), reason);
        assertTrue(report.root().isEmpty());
    }
}
