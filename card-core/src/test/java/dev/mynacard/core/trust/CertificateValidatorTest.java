/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static dev.mynacard.core.cert.CertificatePurpose.AUTH;
import static dev.mynacard.core.cert.CertificatePurpose.SIGN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/** Validation of simulator-issued certificates and of look-alikes made here. */
class CertificateValidatorTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private static final IssuedCard CARD = DefaultCard.issue();
    private static final CertificateValidator SIMULATOR = new CertificateValidator(
            TrustAnchors.jlis().withSimulator(), NOW);
    private static final CertificateValidator PRODUCTION = new CertificateValidator(TrustAnchors.jlis(), NOW);

    @Test
    void defaultCardsAuthCertificateValidatesWithSimulatorTrust() {
        ValidationReport report = SIMULATOR.validate(
                ValidationRequest.of(CARD.authCertificate(), AUTH).withRoot(CARD.authRoot()));

        assertTrue(report.isValid(), report::toString);
        assertEquals(Outcome.NOT_CHECKED, report.check(CertificateCheck.REVOCATION).orElseThrow().outcome());
        assertEquals(Hierarchy.TEST, report.root().orElseThrow().hierarchy());
    }

    @Test
    void defaultCardsSignCertificateValidatesWithSimulatorTrust() {
        ValidationReport report = SIMULATOR.validate(ValidationRequest.of(CARD.signCertificate().orElseThrow(),
                SIGN).withRoot(CARD.signRoot()));

        assertTrue(report.isValid(), report::toString);
        assertTrue(report.check(CertificateCheck.POLICY).orElseThrow().reason().contains("JPKI-TEST"));
    }

    @Test
    void defaultCardFailsChainTrustByDefault() {
        ValidationReport auth = PRODUCTION.validate(
                ValidationRequest.of(CARD.authCertificate(), AUTH).withRoot(CARD.authRoot()));
        ValidationReport sign = PRODUCTION.validate(ValidationRequest.of(CARD.signCertificate().orElseThrow(),
                SIGN).withRoot(CARD.signRoot()));

        for (ValidationReport report : new ValidationReport[] {auth, sign}) {
            assertFalse(report.isValid());
            assertTrue(report.failed(CertificateCheck.ROOT_TRUSTED), report::toString);
            assertTrue(report.failed(CertificateCheck.HIERARCHY), report::toString);
            assertTrue(report.root().isEmpty());
        }
        assertTrue(sign.failed(CertificateCheck.POLICY), "JPKI-TEST policy refused in production");
    }

    @Test
    void withoutTheRootTheChainCannotBeBuilt() {
        ValidationReport report = SIMULATOR.validate(ValidationRequest.of(CARD.authCertificate(), AUTH));

        assertTrue(report.failed(CertificateCheck.CHAIN), report::toString);
        assertEquals(Outcome.NOT_CHECKED, report.check(CertificateCheck.SIGNATURE).orElseThrow().outcome());
        assertEquals(Outcome.NOT_CHECKED, report.check(CertificateCheck.ROOT_TRUSTED).orElseThrow().outcome());
    }

    @Test
    void certificateIssuedIn2018FailsValidityNowAndPassesAsOf2019() {
        IssuedCard old = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .issuanceDate(LocalDate.of(2018, 6, 1)).seed(2018).build());
        ValidationRequest request = ValidationRequest.of(old.authCertificate(), AUTH).withRoot(old.authRoot());

        ValidationReport now = SIMULATOR.validate(request);
        ValidationReport asOf2019 = SIMULATOR.validate(request.asOf(Instant.parse("2019-01-01T00:00:00Z")));

        assertTrue(now.failed(CertificateCheck.VALIDITY), now::toString);
        assertTrue(now.check(CertificateCheck.VALIDITY).orElseThrow().reason().startsWith("expired on 2023-05-05"));
        assertEquals(1, now.failures().size(), now::toString);
        assertTrue(asOf2019.isValid(), asOf2019::toString);
    }

    @Test
    void authCertificateCheckedAsSignFailsKeyUsageAndPolicy() {
        ValidationReport report = SIMULATOR.validate(
                ValidationRequest.of(CARD.authCertificate(), SIGN).withRoot(CARD.authRoot()));

        assertTrue(report.failed(CertificateCheck.KEY_USAGE), report::toString);
        assertTrue(report.check(CertificateCheck.KEY_USAGE).orElseThrow().reason().contains("NON_REPUDIATION"));
        assertTrue(report.failed(CertificateCheck.POLICY), report::toString);
        assertTrue(report.failed(CertificateCheck.ROOT_TRUSTED), "the auth root does not issue SIGN certificates");
    }

    @Test
    void signCertificateCheckedAsAuthFailsPolicy() {
        ValidationReport report = SIMULATOR.validate(ValidationRequest.of(CARD.signCertificate().orElseThrow(),
                AUTH).withRoot(CARD.signRoot()));

        assertFalse(report.failed(CertificateCheck.KEY_USAGE), "sign certificates have digitalSignature");
        assertTrue(report.failed(CertificateCheck.POLICY), report::toString);
    }

    @Test
    void certificateFromAnUnpinnedLookAlikeRootFails() {
        KeyPair lookAlikeKeys = TestPki.newKeyPair();
        X509Certificate lookAlike = TestPki.root(CARD.authRoot().getSubjectX500Principal(), lookAlikeKeys);
        X509Certificate forged = TestPki.holder(lookAlike, lookAlikeKeys.getPrivate(),
                CARD.authCertificate().getPublicKey(), AUTH, BigInteger.TEN);

        ValidationReport withLookAlike = SIMULATOR.validate(
                ValidationRequest.of(forged, AUTH).withRoot(lookAlike));
        ValidationReport withGenuine = SIMULATOR.validate(
                ValidationRequest.of(forged, AUTH).withRoot(CARD.authRoot()));

        assertFalse(withLookAlike.isValid());
        assertFalse(withLookAlike.failed(CertificateCheck.SIGNATURE), withLookAlike::toString);
        assertTrue(withLookAlike.failed(CertificateCheck.ROOT_TRUSTED), withLookAlike::toString);
        assertTrue(withGenuine.failed(CertificateCheck.SIGNATURE), withGenuine::toString);
        assertTrue(withGenuine.failed(CertificateCheck.CHAIN), withGenuine::toString);
    }

    @Test
    void unpinnedRootBesideATrustedOneIsNamedButItsKeyIsNotUsed() {
        KeyPair unpinnedKeys = TestPki.newKeyPair();
        X509Certificate unpinned = TestPki.root(CARD.authRoot().getSubjectX500Principal(), unpinnedKeys);
        X509Certificate issuedByIt = TestPki.holder(unpinned, unpinnedKeys.getPrivate(),
                CARD.authCertificate().getPublicKey(), AUTH, BigInteger.TEN);

        ValidationReport report = SIMULATOR.validate(ValidationRequest.of(issuedByIt, AUTH)
                .withRoots(List.of(CARD.authRoot(), unpinned)));

        assertEquals("chain.wrong-key", report.check(CertificateCheck.CHAIN).orElseThrow().reasonKey());
        assertTrue(report.failed(CertificateCheck.SIGNATURE), report::toString);
        Check trust = report.check(CertificateCheck.ROOT_TRUSTED).orElseThrow();
        assertEquals("root.not-pinned", trust.reasonKey());
        assertTrue(trust.reasonArgs().contains(Fingerprint.of(unpinned)), trust::toString);
    }

    @Test
    void rightRootIsFoundAmongSeveralWithTheSameName() {
        X509Certificate lookAlike = TestPki.root(CARD.authRoot().getSubjectX500Principal(), TestPki.newKeyPair());

        ValidationReport report = SIMULATOR.validate(ValidationRequest.of(CARD.authCertificate(), AUTH)
                .withRoots(List.of(lookAlike, CARD.authRoot())));

        assertTrue(report.isValid(), report::toString);
    }

    @Test
    void rootAddedByTheUserAnchorsItsCertificatesWithoutBeingSupplied() {
        KeyPair keys = TestPki.newKeyPair();
        X509Certificate root = TestPki.root(new X500Principal("CN=User Root, C=JP"), keys);
        X509Certificate holder = TestPki.holder(root, keys.getPrivate(), CARD.authCertificate().getPublicKey(),
                AUTH, BigInteger.TWO);

        ValidationReport report = new CertificateValidator(TrustAnchors.jlis().withRoot(root, Hierarchy.PRODUCTION),
                NOW).validate(ValidationRequest.of(holder, AUTH));

        assertTrue(report.isValid(), report::toString);
        assertEquals(Outcome.PASSED, report.check(CertificateCheck.HIERARCHY).orElseThrow().outcome());
    }

    @Test
    void onlyHolderPurposesCanBeRequested() {
        assertThrows(IllegalArgumentException.class,
                () -> ValidationRequest.of(CARD.authCertificate(), CertificatePurpose.CA));
    }
}
