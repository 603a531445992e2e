/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.trust.CertificateCheck;
import dev.mynacard.core.trust.SimulatedKeys;
import dev.mynacard.core.trust.TestPki;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LoginVerifierTest {
    private static final String ORIGIN = "https://login.example.jp";
    private static final IssuedCard CARD = DefaultCard.issue();
    private static final PrivateKey AUTH_KEY = SimulatedKeys.auth(CARD);
    private static final List<X509Certificate> CHAIN = List.of(CARD.authCertificate(), CARD.authRoot());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00Z"));
    private final InMemoryChallengeStore store = new InMemoryChallengeStore(clock, Duration.ofMinutes(5), 100);
    private final LoginVerifier simulator = verifier(TrustAnchors.jlis().withSimulator());

    private LoginVerifier verifier(TrustAnchors anchors) {
        return new LoginVerifier(store, anchors, ORIGIN, Duration.ofMinutes(2), clock);
    }

    /** An attempt for a fresh challenge, signed in the test with {@code key} over what it sends. */
    private LoginAttempt attempt(String audience, Instant timestamp, List<X509Certificate> chain, PrivateKey key)
            throws Exception {
        String challenge = store.issue().value();
        return new LoginAttempt(challenge, audience, timestamp, chain,
                sign(new LoginStatement(challenge, audience, timestamp), key));
    }

    private LoginAttempt goodAttempt() throws Exception {
        return attempt(ORIGIN, clock.instant(), CHAIN, AUTH_KEY);
    }

    private static byte[] sign(LoginStatement statement, PrivateKey key) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(statement.encode());
        return signer.sign();
    }

    @Test
    void goodLoginSignedByTheSimulatedCardIsAccepted() throws Exception {
        String challenge = store.issue().value();
        LoginStatement statement = new LoginStatement(challenge, ORIGIN, clock.instant());
        byte[] signature = new CardAuthSigner(CARD).sign(statement.encode(), "1234");

        AuthenticatedHolder holder = simulator.verify(
                new LoginAttempt(challenge, ORIGIN, statement.timestamp(), CHAIN, signature));

        assertEquals(CARD.authCertificate().getSerialNumber(), holder.serialNumber());
        assertEquals(CARD.authCertificate().getSubjectX500Principal(), holder.subject());
        assertEquals(CARD.authRoot().getSubjectX500Principal(), holder.issuer());
    }

    @Test
    void replayedChallengeIsRejected() throws Exception {
        LoginAttempt attempt = goodAttempt();
        simulator.verify(attempt);

        assertRejected(LoginRejectedException.Reason.REPLAYED_CHALLENGE, () -> simulator.verify(attempt));
    }

    @Test
    void expiredChallengeIsRejected() throws Exception {
        String challenge = store.issue().value();
        clock.advance(Duration.ofMinutes(6));
        LoginStatement late = new LoginStatement(challenge, ORIGIN, clock.instant());

        assertRejected(LoginRejectedException.Reason.EXPIRED_CHALLENGE, () -> simulator.verify(
                new LoginAttempt(challenge, ORIGIN, late.timestamp(), CHAIN, sign(late, AUTH_KEY))));
    }

    @Test
    void challengeNotIssuedHereIsRejected() throws Exception {
        LoginStatement madeUp = new LoginStatement("A".repeat(43), ORIGIN, clock.instant());

        assertRejected(LoginRejectedException.Reason.UNKNOWN_CHALLENGE, () -> simulator.verify(new LoginAttempt(
                madeUp.challenge(), ORIGIN, madeUp.timestamp(), CHAIN, sign(madeUp, AUTH_KEY))));
    }

    @Test
    void wrongAudienceIsRejected() throws Exception {
        LoginAttempt elsewhere = attempt("https://evil.example.jp", clock.instant(), CHAIN, AUTH_KEY);

        assertRejected(LoginRejectedException.Reason.WRONG_AUDIENCE, () -> simulator.verify(elsewhere));
    }

    @Test
    void timestampOutsideTheSkewIsRejected() throws Exception {
        LoginAttempt old = attempt(ORIGIN, clock.instant().minus(Duration.ofMinutes(3)), CHAIN, AUTH_KEY);
        LoginAttempt future = attempt(ORIGIN, clock.instant().plus(Duration.ofMinutes(3)), CHAIN, AUTH_KEY);

        assertRejected(LoginRejectedException.Reason.STALE_TIMESTAMP, () -> simulator.verify(old));
        assertRejected(LoginRejectedException.Reason.STALE_TIMESTAMP, () -> simulator.verify(future));
    }

    @Test
    void tamperedSignatureIsRejected() throws Exception {
        LoginAttempt good = goodAttempt();
        byte[] tampered = good.signature();
        tampered[100] ^= 0x01;

        assertRejected(LoginRejectedException.Reason.BAD_SIGNATURE, () -> simulator.verify(new LoginAttempt(
                good.challenge(), good.audience(), good.timestamp(), good.certificates(), tampered)));
    }

    @Test
    void signatureOverAnotherTimestampIsRejected() throws Exception {
        LoginAttempt good = goodAttempt();

        assertRejected(LoginRejectedException.Reason.BAD_SIGNATURE, () -> simulator.verify(new LoginAttempt(
                good.challenge(), good.audience(), good.timestamp().plusSeconds(1), good.certificates(),
                good.signature())));
    }

    @Test
    void certificateFromAnUntrustedRootIsRejected() throws Exception {
        KeyPair rootKeys = TestPki.newKeyPair();
        X509Certificate lookAlike = TestPki.root(CARD.authRoot().getSubjectX500Principal(), rootKeys);
        KeyPair holderKeys = TestPki.newKeyPair();
        X509Certificate forged = TestPki.holder(lookAlike, rootKeys.getPrivate(), holderKeys.getPublic(),
                CertificatePurpose.AUTH, BigInteger.TEN);
        LoginAttempt attempt = attempt(ORIGIN, clock.instant(), List.of(forged, lookAlike), holderKeys.getPrivate());

        LoginRejectedException e = assertRejected(LoginRejectedException.Reason.UNTRUSTED_CERTIFICATE,
                () -> simulator.verify(attempt));
        assertTrue(e.report().orElseThrow().failed(CertificateCheck.ROOT_TRUSTED));
    }

    @Test
    void simulatedCardIsRejectedInProductionMode() throws Exception {
        LoginVerifier production = verifier(TrustAnchors.jlis());

        assertRejected(LoginRejectedException.Reason.TEST_HIERARCHY_IN_PRODUCTION,
                () -> production.verify(goodAttempt()));
    }

    @Test
    void signCertificateIsNotAnAuthCertificate() throws Exception {
        X509Certificate sign = CARD.signCertificate().orElseThrow();
        LoginAttempt attempt = attempt(ORIGIN, clock.instant(), List.of(sign, CARD.signRoot()),
                SimulatedKeys.sign(CARD));

        LoginRejectedException e = assertRejected(LoginRejectedException.Reason.NOT_AN_AUTH_CERTIFICATE,
                () -> simulator.verify(attempt));
        assertTrue(e.report().orElseThrow().failed(CertificateCheck.POLICY));
        assertTrue(e.report().orElseThrow().failed(CertificateCheck.ROOT_TRUSTED), "the sign root issues no AUTH");
    }

    @Test
    void expiredCertificateIsRejected() throws Exception {
        IssuedCard old = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .issuanceDate(LocalDate.of(2018, 6, 1)).seed(2018).build());
        LoginAttempt attempt = attempt(ORIGIN, clock.instant(), List.of(old.authCertificate(), old.authRoot()),
                SimulatedKeys.auth(old));

        assertRejected(LoginRejectedException.Reason.CERTIFICATE_NOT_VALID_NOW, () -> simulator.verify(attempt));
    }

    @Test
    void malformedAttemptsAreRejectedWithoutUsingTheChallenge() throws Exception {
        LoginAttempt good = goodAttempt();

        assertRejected(LoginRejectedException.Reason.MALFORMED_ATTEMPT, () -> simulator.verify(new LoginAttempt(
                good.challenge(), good.audience(), good.timestamp(), List.of(), good.signature())));
        assertRejected(LoginRejectedException.Reason.MALFORMED_ATTEMPT, () -> simulator.verify(new LoginAttempt(
                good.challenge(), ORIGIN + "\nx", good.timestamp(), good.certificates(), good.signature())));
        assertRejected(LoginRejectedException.Reason.MALFORMED_ATTEMPT, () -> simulator.verify(new LoginAttempt(
                good.challenge(), good.audience(), null, good.certificates(), good.signature())));
        simulator.verify(good);
    }

    @Test
    void aRefusedAttemptUsesTheChallengeUp() throws Exception {
        String challenge = store.issue().value();
        LoginStatement wrong = new LoginStatement(challenge, "https://evil.example.jp", clock.instant());
        LoginStatement right = new LoginStatement(challenge, ORIGIN, clock.instant());
        assertRejected(LoginRejectedException.Reason.WRONG_AUDIENCE, () -> simulator.verify(new LoginAttempt(
                challenge, wrong.audience(), wrong.timestamp(), CHAIN, sign(wrong, AUTH_KEY))));

        assertRejected(LoginRejectedException.Reason.REPLAYED_CHALLENGE, () -> simulator.verify(new LoginAttempt(
                challenge, ORIGIN, right.timestamp(), CHAIN, sign(right, AUTH_KEY))));
    }

    @Test
    void expectedAudienceMustBeAnOrigin() {
        assertThrows(IllegalArgumentException.class, () -> new LoginVerifier(store, "https://login.example.jp/"));
    }

    private static LoginRejectedException assertRejected(LoginRejectedException.Reason reason, Executable call) {
        LoginRejectedException e = assertThrows(LoginRejectedException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
