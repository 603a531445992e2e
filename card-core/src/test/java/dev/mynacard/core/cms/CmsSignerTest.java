/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.LastTryRefusedException;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.PinTries;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

class CmsSignerTest {
    private static final Instant SIGNED_AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock SIGNING_CLOCK = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);
    private static final byte[] CONTENT = "電子申請 / e-application".getBytes(StandardCharsets.UTF_8);
    private static final int COMPUTE_DIGITAL_SIGNATURE = 0x2A;
    private static final int VERIFY = 0x20;
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final Clock VALIDATION_CLOCK = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private static final CmsVerifier SIMULATOR = new CmsVerifier(new CertificateValidator(
            TrustAnchors.jlis().withSimulator(), VALIDATION_CLOCK));

    private final CountingTransport wire = TestCards.freshDefault();

    private static SignerInformation onlySigner(CMSSignedData signed) {
        List<SignerInformation> signers = List.copyOf(signed.getSignerInfos().getSigners());
        assertEquals(1, signers.size());
        return signers.get(0);
    }

    private static boolean bcVerifies(SignerInformation signer, X509Certificate certificate) throws Exception {
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    }

    @Test
    void detachedSignatureWithTheSignKeyVerifies() throws Exception {
        byte[] cms;
        try (MyNumberCard card = MyNumberCard.open(wire); Pin password = pin("ABC123")) {
            cms = new CmsSigner(card).withClock(SIGNING_CLOCK).signDetached(CONTENT, password);
        }

        CmsReport report = SIMULATOR.verifyDetached(cms, CONTENT);
        assertTrue(report.isValid(), report::toString);
        SignerReport signerReport = report.signers().get(0);
        assertEquals(CertificatePurpose.SIGN, signerReport.signerKey().orElseThrow());
        assertEquals(SIGNED_AT, signerReport.signingTime().orElseThrow());

        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(CONTENT), cms);
        SignerInformation signer = onlySigner(signed);
        X509Certificate signCertificate = CARD.signCertificate().orElseThrow();
        assertTrue(bcVerifies(signer, signCertificate));
        assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256 by default");
        assertNotNull(signer.getSignedAttributes().get(CMSAttributes.contentType));
        assertNotNull(signer.getSignedAttributes().get(CMSAttributes.messageDigest));
        assertEquals(2, signed.getCertificates().getMatches(null).size(), "the signer's certificate and the card's root");
        assertEquals(1, wire.count(COMPUTE_DIGITAL_SIGNATURE));
    }

    @Test
    void attachedSignatureWithSha512Verifies() throws Exception {
        byte[] cms;
        try (MyNumberCard card = MyNumberCard.open(wire); Pin password = pin("ABC123")) {
            cms = new CmsSigner(card).withClock(SIGNING_CLOCK).withDigest(DigestAlgorithm.SHA512)
                    .signAttached(CONTENT, password);
        }

        CmsReport report = SIMULATOR.verifyAttached(cms);
        assertTrue(report.isValid(), report::toString);
        CMSSignedData signed = new CMSSignedData(cms);
        assertArrayEquals(CONTENT, (byte[]) signed.getSignedContent().getContent());
        SignerInformation signer = onlySigner(signed);
        assertEquals("2.16.840.1.101.3.4.2.3", signer.getDigestAlgOID());
        assertTrue(bcVerifies(signer, CARD.signCertificate().orElseThrow()));
    }

    @Test
    void withoutTheCaCertificateTheVerifierMustBeGivenTheRoot() throws Exception {
        byte[] cms;
        try (MyNumberCard card = MyNumberCard.open(wire); Pin password = pin("ABC123")) {
            cms = new CmsSigner(card).withClock(SIGNING_CLOCK).withoutCaCertificate().signDetached(CONTENT, password);
        }

        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(CONTENT), cms);
        assertEquals(1, signed.getCertificates().getMatches(null).size(), "the signer's certificate only");
        assertTrue(bcVerifies(onlySigner(signed), CARD.signCertificate().orElseThrow()));
        assertTrue(SIMULATOR.verifyDetached(cms, CONTENT).signers().get(0).failed(SignerCheck.CERTIFICATE));
        CmsVerifier withRoot = new CmsVerifier(new CertificateValidator(TrustAnchors.jlis().withSimulator()
                .withRoot(CARD.signRoot(), Hierarchy.TEST), VALIDATION_CLOCK));
        CmsReport report = withRoot.verifyDetached(cms, CONTENT);
        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void theAuthKeyMaySignTooButVerifiesOnlyWhenAllowed() throws Exception {
        byte[] cms;
        try (MyNumberCard card = MyNumberCard.open(wire); Pin authPin = pin("1234")) {
            cms = new CmsSigner(card).withClock(SIGNING_CLOCK).withKey(SigningKey.AUTH).withDigest(DigestAlgorithm.SHA384)
                    .signDetached(CONTENT, authPin);
        }

        CmsReport byDefault = SIMULATOR.verifyDetached(cms, CONTENT);
        CmsReport allowed = SIMULATOR.allowingAuthenticationKey().verifyDetached(cms, CONTENT);
        assertFalse(byDefault.isValid(), byDefault::toString);
        assertEquals("signer.document-auth-key",
                byDefault.signers().get(0).check(SignerCheck.DOCUMENT_SIGNATURE).orElseThrow().reasonKey());
        assertTrue(allowed.isValid(), allowed::toString);
        assertEquals(CertificatePurpose.AUTH, allowed.signers().get(0).signerKey().orElseThrow());
        SignerInformation signer = onlySigner(new CMSSignedData(new CMSProcessableByteArray(CONTENT), cms));
        assertTrue(bcVerifies(signer, CARD.authCertificate()));
    }

    @Test
    void aWrongSignPasswordProducesNoSignature() throws Exception {
        try (MyNumberCard card = MyNumberCard.open(wire); Pin wrong = pin("WRONG1")) {
            CmsSigner signer = new CmsSigner(card);
            WrongPinException e = assertThrows(WrongPinException.class, () -> signer.signDetached(CONTENT, wrong));
            assertEquals(OptionalInt.of(4), e.triesLeft());
        }
        assertEquals(0, wire.count(COMPUTE_DIGITAL_SIGNATURE));
        assertEquals(1, wire.countWithData(VERIFY));
    }

    @Test
    void aWrongAuthPinProducesNoSignature() throws Exception {
        try (MyNumberCard card = MyNumberCard.open(wire); Pin wrong = pin("9999")) {
            CmsSigner signer = new CmsSigner(card).withKey(SigningKey.AUTH);
            WrongPinException e = assertThrows(WrongPinException.class, () -> signer.signAttached(CONTENT, wrong));
            assertEquals(OptionalInt.of(2), e.triesLeft());
        }
        assertEquals(0, wire.count(COMPUTE_DIGITAL_SIGNATURE));
    }

    @Test
    void theLastTryPolicyIsPassedThrough() throws Exception {
        IssuedCard oneTryLeft = TestCards.variant(profile -> profile.pinTries(PinTries.FULL.withSign(1)));
        CountingTransport lastTry = TestCards.counting(TestCards.load(oneTryLeft).transport());
        try (MyNumberCard card = MyNumberCard.open(lastTry); Pin password = pin("ABC123")) {
            CmsSigner signer = new CmsSigner(card);
            assertThrows(LastTryRefusedException.class, () -> signer.signDetached(CONTENT, password));
            assertEquals(0, lastTry.countWithData(VERIFY), "the password was not sent");

            byte[] cms = signer.withLastTry(LastTry.ALLOW).signDetached(CONTENT, password);
            assertTrue(bcVerifies(onlySigner(new CMSSignedData(new CMSProcessableByteArray(CONTENT), cms)),
                    oneTryLeft.signCertificate().orElseThrow()));
        }
    }
}
