/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.trust.CertificateCheck;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.HostilePki;
import dev.mynacard.core.trust.KeyPolicy;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.ValidationReport;
import dev.mynacard.sim.issue.IssuedCard;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a CMS carrying hundreds of certificates named like the issuer, with 16384-bit keys,
 * took 43 s to verify. Any input under the size cap must now verify or fail within 2 s.
 */
class CostlyCmsTest {
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final byte[] CONTENT = "申請書".getBytes(StandardCharsets.UTF_8);
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final int BIG_SIGNATURE_BYTES = 16384 / 8;
    private static final CmsVerifier VERIFIER = new CmsVerifier(
            new CertificateValidator(TrustAnchors.jlis().withSimulator()));

    @Test
    void hundredsOfCertificatesAndSignersAreRefusedUnread() throws Exception {
        byte[] cms = flood(100, 100);
        assertTrue(cms.length < 1024 * 1024, "under the CLI's size cap: " + cms.length);

        CmsFormatException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(CmsFormatException.class, () -> VERIFIER.verifyAttached(cms)));

        assertEquals(CmsFormatException.Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.getMessage().contains("101 certificates"), e::getMessage);
    }

    @Test
    void oneSignerTooManyIsRefused() throws Exception {
        byte[] cms = flood(0, SignedDataParser.MAX_SIGNERS + 1);

        CmsFormatException e = assertThrows(CmsFormatException.class, () -> VERIFIER.verifyAttached(cms));

        assertEquals(CmsFormatException.Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.getMessage().contains("9 signers"), e::getMessage);
    }

    @Test
    void costlyKeysUpToTheCapsFailFast() throws Exception {
        byte[] cms = flood(SignedDataParser.MAX_CERTIFICATES - 1, SignedDataParser.MAX_SIGNERS);

        CmsReport report = assertTimeoutPreemptively(BOUND, () -> VERIFIER.verifyAttached(cms));

        assertFalse(report.isValid());
        assertEquals(SignedDataParser.MAX_SIGNERS, report.signers().size());
        for (SignerReport signer : report.signers()) {
            ValidationReport certificate = signer.certificateReport().orElseThrow();
            assertEquals("signer.signature-key-refused",
                    signer.check(SignerCheck.SIGNATURE).orElseThrow().reasonKey());
            assertTrue(certificate.failed(CertificateCheck.PUBLIC_KEY), certificate::toString);
            assertEquals("chain.untrusted", certificate.check(CertificateCheck.CHAIN).orElseThrow().reasonKey());
        }
    }

    /**
     * {@code signers} signers whose certificate has a costly key and claims the simulated card's sign
     * root as issuer, and {@code lookAlikes} certificates with that root's name and costly keys. Every
     * signature is random bytes of the costly length, so a verifier that tries one runs the full RSA
     * operation — once per look-alike and signer before the fix.
     */
    private static byte[] flood(int lookAlikes, int signers) throws Exception {
        X509Certificate holder = hostileHolder();
        List<X509Certificate> included = new ArrayList<>(List.of(holder));
        X500Principal root = CARD.signRoot().getSubjectX500Principal();
        for (int i = 0; i < lookAlikes; i++) {
            included.add(HostilePki.certificate(root, root, bigKey(), BigInteger.valueOf(100 + i), BIG_SIGNATURE_BYTES));
        }
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        for (int i = 0; i < signers; i++) {
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(HostilePki.randomSigner(BIG_SIGNATURE_BYTES), holder));
        }
        generator.addCertificates(new JcaCertStore(included));
        return generator.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded();
    }

    private static X509Certificate hostileHolder() {
        return HostilePki.certificate(new X500Principal("CN=HOSTILE, C=JP"), CARD.signRoot().getSubjectX500Principal(),
                bigKey(), BigInteger.TWO, BIG_SIGNATURE_BYTES);
    }

    /** A key of its own for each certificate (the JDK remembers a verification with the same key); random moduli cost nothing. */
    private static PublicKey bigKey() {
        return HostilePki.rsaKey(16384, KeyPolicy.RSA_EXPONENT);
    }
}
