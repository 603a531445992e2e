/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static dev.mynacard.core.cert.CertificatePurpose.AUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** Keys refused before any RSA operation, and look-alike roots never tried: the validator's (and login's) side of issue 14. */
class KeyPolicyTest {
    private static final KeyPair CA_KEYS = TestPki.newKeyPair();
    private static final X509Certificate CA = TestPki.root(new X500Principal("CN=Key Policy CA, C=JP"), CA_KEYS);
    private static final CertificateValidator VALIDATOR = new CertificateValidator(
            TrustAnchors.jlis().withRoot(CA, Hierarchy.PRODUCTION), CertificateValidatorTest.NOW);

    @Test
    void jpkiShapedKeyIsAccepted() {
        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(holder(TestPki.newKeyPair().getPublic()),
                AUTH));

        assertEquals("key.accepted", report.check(CertificateCheck.PUBLIC_KEY).orElseThrow().reasonKey());
        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void costlyOrWeakKeysAreRefused() throws Exception {
        assertRefused(HostilePki.rsaKey(16384, KeyPolicy.RSA_EXPONENT), "key.size");
        assertRefused(HostilePki.rsaKey(4097, KeyPolicy.RSA_EXPONENT), "key.size");
        assertRefused(HostilePki.rsaKey(1024, KeyPolicy.RSA_EXPONENT), "key.size");
        assertRefused(HostilePki.rsaKey(2048, BigInteger.valueOf(3)), "key.exponent");
        assertRefused(HostilePki.rsaKey(2048, BigInteger.ONE.shiftLeft(2000).add(BigInteger.ONE)), "key.exponent");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        assertRefused(ec.generateKeyPair().getPublic(), "key.not-rsa");
        assertTrue(KeyPolicy.accepts(HostilePki.rsaKey(4096, KeyPolicy.RSA_EXPONENT)));
    }

    @Test
    void hundredsOfLookAlikeRootsWithCostlyKeysAreNeverTried() {
        X509Certificate holder = HostilePki.certificate(new X500Principal("CN=HOSTILE, C=JP"),
                CA.getSubjectX500Principal(), HostilePki.rsaKey(16384, KeyPolicy.RSA_EXPONENT), BigInteger.TWO,
                16384 / 8);
        List<X509Certificate> lookAlikes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lookAlikes.add(HostilePki.certificate(CA.getSubjectX500Principal(), CA.getSubjectX500Principal(),
                    HostilePki.rsaKey(16384, KeyPolicy.RSA_EXPONENT), BigInteger.valueOf(100 + i), 16384 / 8));
        }
        CertificateValidator withoutTheCa = new CertificateValidator(TrustAnchors.jlis(), CertificateValidatorTest.NOW);

        ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> withoutTheCa.validate(ValidationRequest.of(holder, AUTH).withRoots(lookAlikes)));

        assertFalse(report.isValid());
        assertEquals("chain.untrusted", report.check(CertificateCheck.CHAIN).orElseThrow().reasonKey());
        assertEquals(Outcome.NOT_CHECKED, report.check(CertificateCheck.SIGNATURE).orElseThrow().outcome());
        assertEquals("root.not-pinned", report.check(CertificateCheck.ROOT_TRUSTED).orElseThrow().reasonKey());
        assertEquals("key.size", report.check(CertificateCheck.PUBLIC_KEY).orElseThrow().reasonArgs().stream()
                .map(arg -> ((Check.Text) arg).reason().key()).findFirst().orElseThrow());
    }

    private static void assertRefused(PublicKey key, String problem) {
        ValidationReport report = VALIDATOR.validate(ValidationRequest.of(holder(key), AUTH));

        Check check = report.check(CertificateCheck.PUBLIC_KEY).orElseThrow();
        assertTrue(check.failed(), report::toString);
        assertEquals("key.refused", check.reasonKey());
        assertEquals(problem, ((Check.Text) check.reasonArgs().get(0)).reason().key());
        assertFalse(KeyPolicy.accepts(key));
    }

    private static X509Certificate holder(PublicKey key) {
        return TestPki.holder(CA, CA_KEYS.getPrivate(), key, AUTH, BigInteger.TEN);
    }
}
