/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.login.LoginRejectedException.Code;
import dev.mynacard.core.trust.CertificateCheck;
import dev.mynacard.core.trust.Fingerprint;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.SimulatedKeys;
import dev.mynacard.core.trust.TestPki;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginVerifierTest {
    private static final String ORIGIN = LoginFixtures.ORIGIN;
    private static final byte[] KEY = LoginFixtures.KEY;
    static final IssuedCard CARD = DefaultCard.issue();
    static final PrivateKey AUTH_KEY = SimulatedKeys.auth(CARD);
    static final X509Certificate AUTH = CARD.authCertificate();
    /** The simulator's two roots with their certificates, as a relying party in a test setup trusts them. */
    static final TrustAnchors SIMULATOR = TrustAnchors.jlis().withSimulator()
            .withRoot(CARD.authRoot(), Hierarchy.TEST).withRoot(CARD.signRoot(), Hierarchy.TEST);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00Z"));
    private final ChallengeIssuer challenges = new ChallengeIssuer(KEY, ORIGIN, Duration.ofMinutes(5), clock);
    private final InMemoryConsumedChallengeStore store = new InMemoryConsumedChallengeStore(clock, 1_000);
    private final LoginVerifier verifier = verifier(SIMULATOR);

    private LoginVerifier verifier(TrustAnchors anchors) {
        return new LoginVerifier(challenges, store, anchors, Duration.ofSeconds(60), clock);
    }

    /** The token a genuine client would send for a fresh challenge, before signing. */
    private TestTokens fresh() {
        return TestTokens.login(AUTH, ORIGIN, challenges.issue().value(), clock.instant());
    }

    private String good() throws Exception {
        return fresh().signRs256(AUTH_KEY);
    }

    @Test
    void aTokenSignedByTheSimulatedCardIsAcceptedAndNamesTheHolder() throws Exception {
        TestTokens token = fresh();
        byte[] signature = new CardAuthSigner(CARD).sign(token.signingInput().getBytes(StandardCharsets.US_ASCII), "1234");

        AuthenticatedHolder holder = verifier.verify(token.withSignature(signature));

        assertEquals(AUTH.getIssuerX500Principal(), holder.issuer());
        assertEquals(AUTH.getSerialNumber(), holder.serialNumber());
        assertEquals(Fingerprint.of(AUTH), holder.fingerprint());
        assertEquals(AUTH.getNotAfter().toInstant(), holder.notAfter());
        assertEquals(AUTH, holder.certificate());
        assertEquals(1, store.size());
    }

    @Test
    void aSecondUseOfAVerifiedTokenIsAReplay() throws Exception {
        String token = good();
        verifier.verify(token);

        assertRejected(Code.REPLAY, () -> verifier.verify(token));
    }

    @Test
    void anotherTokenForAUsedChallengeIsAReplay() throws Exception {
        String challenge = challenges.issue().value();
        verifier.verify(TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).signRs256(AUTH_KEY));
        clock.advance(Duration.ofSeconds(1));

        assertRejected(Code.REPLAY, () -> verifier.verify(
                TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).claim("jti", "other").signRs256(AUTH_KEY)));
    }

    @Test
    void anExpiredChallengeIsRefused() throws Exception {
        String challenge = challenges.issue().value();
        clock.advance(Duration.ofMinutes(5));

        assertRejected(Code.EXPIRED, () -> verifier.verify(
                TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).signRs256(AUTH_KEY)));
    }

    @Test
    void tokenTimesAreCheckedWithTheSkew() throws Exception {
        Instant now = clock.instant();
        String inSkew = fresh().claimJson("iat", seconds(now.minusSeconds(170)))
                .claimJson("exp", seconds(now.minusSeconds(59))).signRs256(AUTH_KEY);
        String expired = fresh().claimJson("iat", seconds(now.minusSeconds(190)))
                .claimJson("exp", seconds(now.minusSeconds(70))).signRs256(AUTH_KEY);
        String early = fresh().claimJson("iat", seconds(now.plusSeconds(61)))
                .claimJson("exp", seconds(now.plusSeconds(120))).signRs256(AUTH_KEY);

        verifier.verify(inSkew);
        assertRejected(Code.EXPIRED, () -> verifier.verify(expired));
        assertRejected(Code.NOT_YET_VALID, () -> verifier.verify(early));
    }

    @Test
    void aTokenLivesAtMostTwoMinutes() throws Exception {
        Instant now = clock.instant();
        String tooLong = fresh().claimJson("exp", seconds(now.plusSeconds(121))).signRs256(AUTH_KEY);
        String backwards = fresh().claimJson("exp", seconds(now)).signRs256(AUTH_KEY);

        assertRejected(Code.MALFORMED, () -> verifier.verify(tooLong));
        assertRejected(Code.MALFORMED, () -> verifier.verify(backwards));
    }

    @Test
    void challengesNotIssuedHereForThisAudienceAreUnknown() throws Exception {
        String madeUp = "A".repeat(76);
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        String otherKeys = new ChallengeIssuer(otherKey, ORIGIN, Duration.ofMinutes(5), clock).issue().value();
        String otherSites = new ChallengeIssuer(KEY, "https://other.example.jp", Duration.ofMinutes(5), clock)
                .issue().value();
        String genuine = challenges.issue().value();
        String altered = genuine.substring(0, 30) + (genuine.charAt(30) == 'A' ? 'B' : 'A') + genuine.substring(31);

        for (String challenge : List.of(madeUp, otherKeys, otherSites, altered, "q1Zb8fK3mX0pL2vN7rT9sQ")) {
            assertRejected(Code.UNKNOWN_CHALLENGE, () -> verifier.verify(
                    TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).signRs256(AUTH_KEY)));
        }
    }

    @Test
    void aTokenForAnotherOriginIsRefused() throws Exception {
        String phished = fresh().claim("aud", "https://login.example.jp.evil.example").signRs256(AUTH_KEY);
        String twoAudiences = fresh().claimJson("aud", "[\"" + ORIGIN + "\",\"https://evil.example\"]").signRs256(AUTH_KEY);

        assertRejected(Code.WRONG_AUDIENCE, () -> verifier.verify(phished));
        assertRejected(Code.MALFORMED, () -> verifier.verify(twoAudiences));
    }

    @Test
    void untrustedTextInAMessageIsEscaped() throws Exception {
        String hostile = fresh().claim("aud", "https://a.jp\\u001b[2J\\u202e").signRs256(AUTH_KEY);

        LoginRejectedException e = assertRejected(Code.WRONG_AUDIENCE, () -> verifier.verify(hostile));
        assertTrue(e.getMessage().contains("signed for \"https://a.jp\\u001b[2J\\u202e\""), e.getMessage());
        assertTrue(e.getMessage().chars().allMatch(c -> c >= 0x20 && c < 0x7f), e.getMessage());
    }

    @Test
    void onlyRs256Signatures() throws Exception {
        TestTokens unsigned = fresh().header("alg", "none");
        byte[] publicKeyBytes = AUTH.getPublicKey().getEncoded();
        TestTokens hmac = fresh().header("alg", "HS256");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKeyBytes, "HmacSHA256"));
        byte[] confused = mac.doFinal(hmac.signingInput().getBytes(StandardCharsets.US_ASCII));

        assertRejected(Code.BAD_SIGNATURE, () -> verifier.verify(unsigned.signingInput() + "."));
        assertRejected(Code.BAD_SIGNATURE, () -> verifier.verify(hmac.withSignature(confused)));
        assertRejected(Code.BAD_SIGNATURE, () -> verifier.verify(
                fresh().header("alg", "RS512").sign(AUTH_KEY, "SHA512withRSA")));
        assertRejected(Code.BAD_SIGNATURE, () -> verifier.verify(fresh().header("alg", "rs256").signRs256(AUTH_KEY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jku:\"https://evil.example/keys\"", "x5u:\"https://evil.example/cert\"",
        "kid:\"card\"", "crit:[\"exp\"]", "x5t#S256:\"3q2-7w\"", "b64:false"})
    void headerParametersBeyondAlgTypAndX5cAreRefused(String parameter) throws Exception {
        String[] nameAndValue = parameter.split(":", 2);
        String token = fresh().headerJson(nameAndValue[0], nameAndValue[1]).signRs256(AUTH_KEY);

        assertRejected(Code.MALFORMED, () -> verifier.verify(token));
    }

    @Test
    void anEmbeddedJwkIsRefusedEvenWithItsOwnSignature() throws Exception {
        KeyPair attacker = TestPki.newKeyPair();
        RSAPublicKey key = (RSAPublicKey) attacker.getPublic();
        String jwk = "{\"kty\":\"RSA\",\"n\":\"" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(key.getModulus().toByteArray()) + "\",\"e\":\"AQAB\"}";

        assertRejected(Code.MALFORMED, () -> verifier.verify(
                fresh().headerJson("jwk", jwk).signRs256(attacker.getPrivate())));
    }

    @Test
    void x5cHoldsExactlyTheAuthenticationCertificate() throws Exception {
        String two = "[\"" + TestTokens.der(AUTH) + "\",\"" + TestTokens.der(CARD.authRoot()) + "\"]";

        assertRejected(Code.MALFORMED, () -> verifier.verify(fresh().headerJson("x5c", two).signRs256(AUTH_KEY)));
        assertRejected(Code.MALFORMED, () -> verifier.verify(fresh().headerJson("x5c", "[]").signRs256(AUTH_KEY)));
        assertRejected(Code.MALFORMED, () -> verifier.verify(fresh().headerJson("x5c", null).signRs256(AUTH_KEY)));
        assertRejected(Code.MALFORMED, () -> verifier.verify(fresh().headerJson("x5c", "[\"AAAA\"]").signRs256(AUTH_KEY)));
        assertRejected(Code.MALFORMED, () -> verifier.verify(fresh().header("typ", "jose").signRs256(AUTH_KEY)));
        assertRejected(Code.MALFORMED, () -> verifier.verify(fresh().headerJson("typ", null).signRs256(AUTH_KEY)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonce", "jti", "iat", "exp", "aud"})
    void everyClaimIsRequired(String claim) throws Exception {
        String token = fresh().claimJson(claim, null).signRs256(AUTH_KEY);

        assertRejected(Code.MALFORMED, () -> verifier.verify(token));
    }

    @Test
    void notATokenIsMalformed() throws Exception {
        String good = good();
        for (String token : new String[] {"", "a.b", "a.b.c.d.e", "!!.!!.!!", good.replace('.', ','),
            good + "x".repeat(LoginFormat.MAX_TOKEN_LENGTH)}) {
            assertRejected(Code.MALFORMED, () -> verifier.verify(token));
        }
        assertRejected(Code.MALFORMED, () -> verifier.verify(null));
        assertRejected(Code.MALFORMED, () -> verifier.verify(fresh().claimJson("nonce", "42").signRs256(AUTH_KEY)));
    }

    @Test
    void signaturesThatDoNotVerifyAreRefused() throws Exception {
        TestTokens token = fresh();
        String signed = token.signRs256(AUTH_KEY);
        String tampered = signed.substring(0, signed.length() - 10)
                + (signed.charAt(signed.length() - 10) == 'A' ? 'B' : 'A') + signed.substring(signed.length() - 9);
        String otherPayload = token.claim("jti", "other").signingInput() + signed.substring(signed.lastIndexOf('.'));
        IssuedCard otherCard = Issuer.standard().issue(DefaultCard.profile().toBuilder().seed(7).build());
        String byAnotherCard = fresh().signRs256(SimulatedKeys.auth(otherCard));

        assertRejected(Code.BAD_SIGNATURE, () -> verifier.verify(tampered));
        assertRejected(Code.BAD_SIGNATURE, () -> verifier.verify(otherPayload));
        assertRejected(Code.BAD_SIGNATURE, () -> verifier.verify(byAnotherCard));
        assertEquals(0, store.size());
    }

    @Test
    void aCertificateFromALookAlikeRootIsUntrusted() throws Exception {
        KeyPair rootKeys = TestPki.newKeyPair();
        X509Certificate lookAlike = TestPki.root(CARD.authRoot().getSubjectX500Principal(), rootKeys);
        KeyPair holderKeys = TestPki.newKeyPair();
        X509Certificate forged = TestPki.holder(lookAlike, rootKeys.getPrivate(), holderKeys.getPublic(),
                CertificatePurpose.AUTH, BigInteger.TEN);

        LoginRejectedException e = assertRejected(Code.UNTRUSTED_CERTIFICATE, () -> verifier.verify(
                TestTokens.login(forged, ORIGIN, challenges.issue().value(), clock.instant())
                        .signRs256(holderKeys.getPrivate())));
        assertTrue(e.report().orElseThrow().failed(CertificateCheck.SIGNATURE), e.getMessage());
    }

    @Test
    void aSimulatedCardIsUntrustedWithoutSimulatorTrust() throws Exception {
        KeyPair rootKeys = TestPki.newKeyPair();
        TrustAnchors production = TrustAnchors.jlis().withRoot(
                TestPki.root(new X500Principal("CN=Some production root, C=JP"), rootKeys),
                Hierarchy.PRODUCTION);

        assertRejected(Code.UNTRUSTED_CERTIFICATE, () -> verifier(production).verify(good()));
    }

    @Test
    void theSigningCertificateIsTheWrongPurpose() throws Exception {
        X509Certificate sign = CARD.signCertificate().orElseThrow();

        LoginRejectedException e = assertRejected(Code.WRONG_PURPOSE, () -> verifier.verify(
                TestTokens.login(sign, ORIGIN, challenges.issue().value(), clock.instant())
                        .signRs256(SimulatedKeys.sign(CARD))));
        assertTrue(e.report().orElseThrow().failed(CertificateCheck.POLICY));
    }

    @Test
    void anExpiredCertificateIsUntrusted() throws Exception {
        IssuedCard old = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .issuanceDate(LocalDate.of(2018, 6, 1)).seed(2018).build());

        LoginRejectedException e = assertRejected(Code.UNTRUSTED_CERTIFICATE, () -> verifier.verify(
                TestTokens.login(old.authCertificate(), ORIGIN, challenges.issue().value(), clock.instant())
                        .signRs256(SimulatedKeys.auth(old))));
        assertTrue(e.report().orElseThrow().failed(CertificateCheck.VALIDITY));
    }

    @Test
    void aForgedTokenDoesNotBurnTheGenuineUsersChallenge() throws Exception {
        String challenge = challenges.issue().value();
        KeyPair attacker = TestPki.newKeyPair();
        IssuedCard otherCard = Issuer.standard().issue(DefaultCard.profile().toBuilder().seed(9).build());
        List<String> forgeries = List.of(
                TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).signRs256(attacker.getPrivate()),
                TestTokens.login(otherCard.authCertificate(), ORIGIN, challenge, clock.instant()).signRs256(AUTH_KEY),
                TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).header("alg", "none").signingInput() + ".",
                TestTokens.login(CARD.signCertificate().orElseThrow(), ORIGIN, challenge, clock.instant())
                        .signRs256(SimulatedKeys.sign(CARD)));
        for (String forgery : forgeries) {
            assertThrows(LoginRejectedException.class, () -> verifier.verify(forgery));
        }
        assertEquals(0, store.size());

        verifier.verify(TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).signRs256(AUTH_KEY));
    }

    @Test
    void aFloodOfChallengeRequestsStoresNothingAndLocksNobodyOut() throws Exception {
        for (int i = 0; i < 20_000; i++) {
            challenges.issue();
        }
        InMemoryConsumedChallengeStore small = new InMemoryConsumedChallengeStore(clock, 10);
        LoginVerifier tight = new LoginVerifier(challenges, small, SIMULATOR, Duration.ofSeconds(60), clock);
        for (int i = 0; i < 10_000; i++) {
            String flood = TestTokens.login(AUTH, ORIGIN, challenges.issue().value(), clock.instant())
                    .withSignature(new byte[256]);
            assertRejected(Code.BAD_SIGNATURE, () -> tight.verify(flood));
        }

        assertEquals(0, small.size());
        tight.verify(good());
        assertEquals(1, small.size());
    }

    @Test
    void aFullStoreSaysTryLaterAndLeavesTheChallengeUnused() throws Exception {
        InMemoryConsumedChallengeStore one = new InMemoryConsumedChallengeStore(clock, 1);
        LoginVerifier tight = new LoginVerifier(challenges, one, SIMULATOR, Duration.ofSeconds(60), clock);
        tight.verify(good());
        clock.advance(Duration.ofMinutes(2));
        String challenge = challenges.issue().value();

        assertThrows(ChallengeStoreFullException.class, () -> tight.verify(
                TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).signRs256(AUTH_KEY)));
        clock.advance(Duration.ofMinutes(4));
        tight.verify(TestTokens.login(AUTH, ORIGIN, challenge, clock.instant()).signRs256(AUTH_KEY));
        assertEquals(1, one.size(), "the first challenge, past its expiry and skew, made room");
    }

    @Test
    void concurrentVerificationsOfOneTokenAcceptItOnce() throws Exception {
        String token = good();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            attempts.add(() -> {
                try {
                    verifier.verify(token);
                    return true;
                } catch (LoginRejectedException e) {
                    assertEquals(Code.REPLAY, e.code(), e.getMessage());
                    return false;
                }
            });
        }

        assertEquals(1, LoginFixtures.acceptedConcurrently(attempts));
    }

    @Test
    void theTrustAnchorsMustHoldARootCertificate() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginVerifier(challenges, store, TrustAnchors.jlis().withSimulator()));
    }

    private static String seconds(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }

    static LoginRejectedException assertRejected(Code code, Executable call) {
        LoginRejectedException e = assertThrows(LoginRejectedException.class, call);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }
}
