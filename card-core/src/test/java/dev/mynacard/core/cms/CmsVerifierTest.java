/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.trust.CertificateCheck;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.Outcome;
import dev.mynacard.core.trust.SimulatedKeys;
import dev.mynacard.core.trust.TestPki;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.TrustStore;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmsVerifierTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant SIGNED_AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final byte[] CONTENT = "転入届 / moving-in notification".getBytes(StandardCharsets.UTF_8);
    private static final IssuedCard CARD = DefaultCard.issue();
    private static final X509Certificate SIGN_CERTIFICATE = CARD.signCertificate().orElseThrow();
    private static final PrivateKey SIGN_KEY = SimulatedKeys.sign(CARD);
    private static final CmsVerifier SIMULATOR = new CmsVerifier(
            new CertificateValidator(TrustAnchors.jlis().withSimulator(), NOW));
    private static final CmsVerifier PRODUCTION = new CmsVerifier(new CertificateValidator(TrustAnchors.jlis(), NOW));

    private static byte[] signBySignKey(boolean attached) throws Exception {
        return TestSignatures.sign(CONTENT, attached, SIGN_KEY, SIGN_CERTIFICATE,
                List.of(SIGN_CERTIFICATE, CARD.signRoot()), Optional.of(SIGNED_AT));
    }

    @Test
    void detachedSignatureWithTheSignKeyVerifies() throws Exception {
        CmsReport report = SIMULATOR.verifyDetached(signBySignKey(false), CONTENT);

        assertTrue(report.isValid(), report::toString);
        SignerReport signer = report.signers().get(0);
        assertEquals(CertificatePurpose.SIGN, signer.signerKey().orElseThrow());
        assertEquals(SIGNED_AT, signer.signingTime().orElseThrow());
        assertEquals(Outcome.PASSED, signer.check(SignerCheck.CONTENT_DIGEST).orElseThrow().outcome());
        assertEquals(Outcome.PASSED, signer.check(SignerCheck.SIGNATURE).orElseThrow().outcome());
        assertEquals(Outcome.PASSED, signer.check(SignerCheck.SIGNING_TIME).orElseThrow().outcome());
        assertEquals(NOW.instant(), signer.certificateReport().orElseThrow().at(), "validated now by default");
    }

    @Test
    void attachedSignatureVerifies() throws Exception {
        CmsReport report = SIMULATOR.verifyAttached(signBySignKey(true));

        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void otherContentFailsTheDigest() throws Exception {
        byte[] altered = CONTENT.clone();
        altered[0] ^= 1;

        SignerReport signer = SIMULATOR.verifyDetached(signBySignKey(false), altered).signers().get(0);

        assertTrue(signer.failed(SignerCheck.CONTENT_DIGEST), signer::toString);
        assertFalse(signer.isValid());
    }

    @Test
    void signatureByAnotherKeyFails() throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, false, TestPki.newKeyPair().getPrivate(), SIGN_CERTIFICATE,
                List.of(SIGN_CERTIFICATE, CARD.signRoot()), Optional.of(SIGNED_AT));

        SignerReport signer = SIMULATOR.verifyDetached(cms, CONTENT).signers().get(0);

        assertTrue(signer.failed(SignerCheck.SIGNATURE), signer::toString);
        assertEquals(Outcome.PASSED, signer.check(SignerCheck.CONTENT_DIGEST).orElseThrow().outcome());
    }

    @Test
    void signatureWithTheAuthKeyIsReportedAsSuchAndValidOnlyWhenAllowed() throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, true, SimulatedKeys.auth(CARD), CARD.authCertificate(),
                List.of(CARD.authCertificate(), CARD.authRoot()), Optional.of(SIGNED_AT));

        CmsReport byDefault = SIMULATOR.verifyAttached(cms);
        CmsReport allowed = SIMULATOR.allowingAuthenticationKey().verifyAttached(cms);

        SignerReport signer = byDefault.signers().get(0);
        assertFalse(byDefault.isValid(), byDefault::toString);
        assertEquals(List.of(SignerCheck.DOCUMENT_SIGNATURE),
                signer.checks().stream().filter(Check::failed).map(Check::kind).toList(), signer::toString);
        assertEquals("signer.document-auth-key", reasonKey(signer, SignerCheck.DOCUMENT_SIGNATURE));
        assertEquals(CertificatePurpose.AUTH, signer.signerKey().orElseThrow());
        assertEquals(CertificatePurpose.AUTH, signer.certificateReport().orElseThrow().purpose().orElseThrow());
        assertTrue(allowed.isValid(), allowed::toString);
    }

    @Test
    void rawAuthKeySignatureWithoutSignedAttributesIsNoDocumentSignature() throws Exception {
        byte[] cms = TestSignatures.signDirectly(CONTENT, "SHA256withRSA", SimulatedKeys.auth(CARD),
                CARD.authCertificate(), List.of(CARD.authCertificate(), CARD.authRoot()));

        for (CmsVerifier verifier : List.of(SIMULATOR, SIMULATOR.allowingAuthenticationKey())) {
            SignerReport signer = verifier.verifyDetached(cms, CONTENT).signers().get(0);

            assertFalse(signer.isValid(), signer::toString);
            assertEquals(Outcome.PASSED, signer.check(SignerCheck.SIGNATURE).orElseThrow().outcome(),
                    "the bare signature itself is genuine");
            assertEquals("signer.document-raw", reasonKey(signer, SignerCheck.DOCUMENT_SIGNATURE));
        }
    }

    @Test
    void signKeySignatureIsADocumentSignature() throws Exception {
        SignerReport signer = SIMULATOR.verifyDetached(signBySignKey(false), CONTENT).signers().get(0);

        assertEquals("signer.document-sign-key", reasonKey(signer, SignerCheck.DOCUMENT_SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5withRSA", "SHA1withRSA", "SHA224withRSA"})
    void weakDigestsAreRefused(String algorithm) throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, false, new JcaContentSignerBuilder(algorithm).build(SIGN_KEY),
                SIGN_CERTIFICATE, List.of(SIGN_CERTIFICATE, CARD.signRoot()), Optional.of(SIGNED_AT));

        CmsReport report = SIMULATOR.verifyDetached(cms, CONTENT);

        SignerReport signer = report.signers().get(0);
        assertFalse(report.isValid(), report::toString);
        assertTrue(signer.failed(SignerCheck.SIGNATURE), signer::toString);
        assertEquals("signer.signature-algorithm-refused", reasonKey(signer, SignerCheck.SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHA256withRSA", "SHA384withRSA", "SHA512withRSA", "SHA256withRSAandMGF1",
            "SHA512withRSAandMGF1"})
    void sha2WithRsaPkcs1OrPssIsAccepted(String algorithm) throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, false, new JcaContentSignerBuilder(algorithm)
                        .setProvider(new BouncyCastleProvider()).build(SIGN_KEY),
                SIGN_CERTIFICATE, List.of(SIGN_CERTIFICATE, CARD.signRoot()), Optional.of(SIGNED_AT));

        CmsReport report = SIMULATOR.verifyDetached(cms, CONTENT);

        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void simulatorSignerIsNotTrustedByDefault() throws Exception {
        SignerReport signer = PRODUCTION.verifyDetached(signBySignKey(false), CONTENT).signers().get(0);

        assertEquals(Outcome.PASSED, signer.check(SignerCheck.SIGNATURE).orElseThrow().outcome());
        assertTrue(signer.failed(SignerCheck.CERTIFICATE), signer::toString);
        assertTrue(signer.certificateReport().orElseThrow().failed(CertificateCheck.ROOT_TRUSTED));
    }

    @Test
    void signerCertificateMissingFromTheCms() throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, true, SIGN_KEY, SIGN_CERTIFICATE, List.of(CARD.signRoot()),
                Optional.of(SIGNED_AT));

        SignerReport signer = SIMULATOR.verifyAttached(cms).signers().get(0);

        assertTrue(signer.failed(SignerCheck.SIGNER_CERTIFICATE), signer::toString);
        assertTrue(signer.certificate().isEmpty());
    }

    @Test
    void withoutTheRootInTheCmsTheChainFails() throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, true, SIGN_KEY, SIGN_CERTIFICATE, List.of(SIGN_CERTIFICATE),
                Optional.of(SIGNED_AT));

        SignerReport signer = SIMULATOR.verifyAttached(cms).signers().get(0);

        assertTrue(signer.certificateReport().orElseThrow().failed(CertificateCheck.CHAIN), signer::toString);
    }

    @Test
    void withoutSigningTimeThatCheckIsNotDone() throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, true, SIGN_KEY, SIGN_CERTIFICATE,
                List.of(SIGN_CERTIFICATE, CARD.signRoot()), Optional.empty());

        SignerReport signer = SIMULATOR.validatingAt(ValidationTime.signingTime()).verifyAttached(cms).signers().get(0);

        assertTrue(signer.signingTime().isEmpty());
        assertEquals(Outcome.NOT_CHECKED, signer.check(SignerCheck.SIGNING_TIME).orElseThrow().outcome());
        assertEquals(NOW.instant(), signer.certificateReport().orElseThrow().at(), "no claim: validated now");
        assertTrue(signer.isValid(), signer::toString);
    }

    @Test
    void oldSignatureIsValidAsOfItsSigningTimeOnlyWhenAsked() throws Exception {
        IssuedCard old = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .issuanceDate(LocalDate.of(2018, 6, 1)).seed(2018).build());
        X509Certificate certificate = old.signCertificate().orElseThrow();
        byte[] cms = TestSignatures.sign(CONTENT, true, SimulatedKeys.sign(old), certificate,
                List.of(certificate, old.signRoot()), Optional.of(Instant.parse("2019-03-01T00:00:00Z")));

        CmsReport now = SIMULATOR.verifyAttached(cms);
        CmsReport asOfSigning = SIMULATOR.validatingAt(ValidationTime.signingTime()).verifyAttached(cms);
        CmsReport asOf2024 = SIMULATOR.validatingAt(ValidationTime.at(Instant.parse("2024-01-01T00:00:00Z")))
                .verifyAttached(cms);

        assertTrue(now.signers().get(0).certificateReport().orElseThrow().failed(CertificateCheck.VALIDITY));
        assertTrue(asOfSigning.isValid(), asOfSigning::toString);
        assertFalse(asOf2024.isValid(), "the certificate expired 2023-05-05");
    }

    @Test
    void signatureUnderAnExpiredGenerationOneRootFromTheTrustStoreIsValidAsOfItsSigningTime(@TempDir Path home)
            throws Exception {
        KeyPair rootKeys = TestPki.newKeyPair();
        X509Certificate generationOne = TestPki.root(new X500Principal("OU=Japan Agency for Local Authority "
                + "Information Systems, OU=JPKI for digital signature, O=JPKI, C=JP"), rootKeys,
                Instant.parse("2015-10-20T00:00:00Z"), Instant.parse("2025-10-19T14:59:59Z"));
        KeyPair holderKeys = TestPki.newKeyPair();
        X509Certificate holder = TestPki.holder(generationOne, rootKeys.getPrivate(), holderKeys.getPublic(),
                CertificatePurpose.SIGN, BigInteger.TEN, Instant.parse("2016-04-01T00:00:00Z"),
                Instant.parse("2021-04-01T00:00:00Z"));
        byte[] cms = TestSignatures.sign(CONTENT, true, holderKeys.getPrivate(), holder,
                List.of(holder, generationOne), Optional.of(Instant.parse("2020-03-01T09:00:00Z")));
        TrustStore store = new TrustStore(home.resolve("trust-roots"));
        store.add(generationOne);
        CmsVerifier verifier = new CmsVerifier(new CertificateValidator(TrustAnchors.jlis().withStore(store), NOW));

        CmsReport now = verifier.verifyAttached(cms);
        CmsReport asOfSigning = verifier.validatingAt(ValidationTime.signingTime()).verifyAttached(cms);
        CmsReport withoutStore = PRODUCTION.validatingAt(ValidationTime.signingTime()).verifyAttached(cms);

        assertEquals(1, store.load().roots().get(0).generation().orElseThrow());
        assertTrue(now.signers().get(0).certificateReport().orElseThrow().failed(CertificateCheck.ROOT_VALIDITY),
                now::toString);
        assertTrue(asOfSigning.isValid(), asOfSigning::toString);
        assertTrue(withoutStore.signers().get(0).certificateReport().orElseThrow()
                .failed(CertificateCheck.ROOT_TRUSTED), withoutStore::toString);
    }

    @Test
    void signingTimeOutsideTheCertificatesValidityFails() throws Exception {
        byte[] cms = TestSignatures.sign(CONTENT, true, SIGN_KEY, SIGN_CERTIFICATE,
                List.of(SIGN_CERTIFICATE, CARD.signRoot()), Optional.of(Instant.parse("2020-01-01T00:00:00Z")));

        SignerReport signer = SIMULATOR.verifyAttached(cms).signers().get(0);

        assertTrue(signer.failed(SignerCheck.SIGNING_TIME), signer::toString);
        assertTrue(signer.check(SignerCheck.SIGNING_TIME).orElseThrow().reason().contains("outside"));
    }

    @Test
    void malformedInputGivesTypedErrors() throws Exception {
        byte[] detached = signBySignKey(false);
        byte[] attached = signBySignKey(true);
        byte[] data = new ContentInfo(CMSObjectIdentifiers.data, new DEROctetString(CONTENT)).getEncoded();

        assertReason(CmsFormatException.Reason.NOT_CMS, () -> SIMULATOR.verifyAttached(new byte[] {1, 2, 3}));
        assertReason(CmsFormatException.Reason.NOT_CMS, () -> SIMULATOR.verifyAttached(new byte[0]));
        assertReason(CmsFormatException.Reason.NOT_CMS,
                () -> SIMULATOR.verifyAttached(Arrays.copyOf(attached, attached.length / 2)));
        assertReason(CmsFormatException.Reason.NOT_SIGNED_DATA, () -> SIMULATOR.verifyAttached(data));
        assertReason(CmsFormatException.Reason.CONTENT_MISSING, () -> SIMULATOR.verifyAttached(detached));
        assertReason(CmsFormatException.Reason.CONTENT_ATTACHED, () -> SIMULATOR.verifyDetached(attached, CONTENT));
        assertReason(CmsFormatException.Reason.NO_SIGNER,
                () -> SIMULATOR.verifyAttached(TestSignatures.withoutSigner(SIGN_CERTIFICATE)));
    }

    @Test
    void malformedCertificatesOrAttributesAreFormatErrors() throws Exception {
        SignedData valid = SignedData.getInstance(ContentInfo.getInstance(signBySignKey(true)).getContent());
        SignerInfo signer = SignerInfo.getInstance(valid.getSignerInfos().getObjectAt(0));
        DERSet notAnAttribute = new DERSet(new DERSequence(new ASN1ObjectIdentifier("1.2.3.4")));
        SignedData notACertificate = new SignedData(valid.getDigestAlgorithms(), valid.getEncapContentInfo(),
                new DERSet(new DERSequence(new ASN1Integer(1))), valid.getCRLs(), valid.getSignerInfos());
        SignedData badAttribute = new SignedData(valid.getDigestAlgorithms(), valid.getEncapContentInfo(),
                valid.getCertificates(), valid.getCRLs(), new DERSet(new SignerInfo(signer.getSID(),
                        signer.getDigestAlgorithm(), notAnAttribute, signer.getDigestEncryptionAlgorithm(),
                        signer.getEncryptedDigest(), null)));

        for (SignedData malformed : List.of(notACertificate, badAttribute)) {
            byte[] cms = new ContentInfo(CMSObjectIdentifiers.signedData, malformed).getEncoded();
            assertReason(CmsFormatException.Reason.NOT_CMS, () -> SIMULATOR.verifyAttached(cms));
        }
    }

    @Test
    void verifyingDoesNotChangeTheInput() throws Exception {
        byte[] cms = signBySignKey(true);
        byte[] copy = cms.clone();

        SIMULATOR.verifyAttached(cms);

        assertArrayEquals(copy, cms);
    }

    private static String reasonKey(SignerReport signer, SignerCheck kind) {
        return signer.check(kind).orElseThrow().reasonKey();
    }

    private static void assertReason(CmsFormatException.Reason reason, Executable call) {
        assertEquals(reason, assertThrows(CmsFormatException.class, call).reason());
    }
}
