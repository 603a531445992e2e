/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.login.LoginRejectedException.Code;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.sim.issue.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginClientTest {
    private static final String ORIGIN = LoginFixtures.ORIGIN;
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final int VERIFY = 0x20;
    private static final int COMPUTE_DIGITAL_SIGNATURE = 0x2A;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00.750Z"));
    private final ChallengeIssuer challenges = new ChallengeIssuer(LoginFixtures.KEY, ORIGIN, Duration.ofMinutes(5),
            clock);
    private final LoginVerifier verifier = new LoginVerifier(challenges, new InMemoryConsumedChallengeStore(clock, 10),
            LoginVerifierTest.SIMULATOR, Duration.ofSeconds(60), clock);
    private final CountingTransport wire = TestCards.freshDefault();
    private MyNumberCard card;

    @BeforeEach
    void open() throws Exception {
        card = MyNumberCard.open(wire);
    }

    @AfterEach
    void close() throws Exception {
        card.close();
    }

    private LoginToken respond(String challenge, String audience) throws Exception {
        try (Pin authPin = pin("1234")) {
            return new LoginClient(card, clock).respond(challenge, audience, authPin, LastTry.REFUSE);
        }
    }

    @Test
    void theVerifierAcceptsTheClientsTokenAfterOnePinAndOneSignature() throws Exception {
        LoginToken token = respond(challenges.issue().value(), ORIGIN);

        AuthenticatedHolder holder = verifier.verify(token.token());

        assertEquals(CARD.authCertificate().getSerialNumber(), holder.serialNumber());
        assertEquals(1, wire.count(COMPUTE_DIGITAL_SIGNATURE));
        assertEquals(1, wire.countWithData(VERIFY), "the PIN once (the empty VERIFY before it asks for tries left)");
    }

    @Test
    void theTokenIsACompactJwsWithExactlyTheSpecifiedHeaderAndClaims() throws Exception {
        String challenge = challenges.issue().value();
        LoginToken token = respond(challenge, ORIGIN);

        String[] parts = token.token().split("\\.", -1);
        assertEquals(3, parts.length);
        Map<String, Object> header = json(parts[0]);
        Map<String, Object> claims = json(parts[1]);
        assertEquals(Set.of("alg", "typ", "x5c"), header.keySet());
        assertEquals("RS256", header.get("alg"));
        assertEquals("JWT", header.get("typ"));
        List<?> x5c = (List<?>) header.get("x5c");
        assertEquals(1, x5c.size());
        assertArrayEquals(CARD.authCertificate().getEncoded(), Base64.getDecoder().decode((String) x5c.get(0)));
        assertEquals(Set.of("aud", "nonce", "iat", "exp", "jti"), claims.keySet());
        assertEquals(ORIGIN, claims.get("aud"));
        assertEquals(challenge, claims.get("nonce"));
        long iat = ((Number) claims.get("iat")).longValue();
        assertEquals(Instant.parse("2026-11-26T09:30:00Z").getEpochSecond(), iat);
        assertEquals(iat + 120, ((Number) claims.get("exp")).longValue());
        assertEquals(Instant.ofEpochSecond(iat + 120), token.expiresAt());
        assertNotEquals(claims.get("jti"), json(respond(challenge, ORIGIN).token().split("\\.")[1]).get("jti"));
    }

    @Test
    void aTokenForAnotherRelyingPartyIsRefusedThere() throws Exception {
        LoginToken token = respond(challenges.issue().value(), "https://phishing.example");

        LoginVerifierTest.assertRejected(Code.WRONG_AUDIENCE, () -> verifier.verify(token.token()));
    }

    @Test
    void aMalformedChallengeAudienceOrPinSendsNothing() throws Exception {
        String challenge = challenges.issue().value();
        assertThrows(IllegalArgumentException.class, () -> respond("short", ORIGIN));
        assertThrows(IllegalArgumentException.class, () -> respond(challenge, ORIGIN + "/path"));
        assertThrows(IllegalArgumentException.class, () -> respond(challenge, "http://login.example.jp"));
        try (Pin malformed = pin("12345")) {
            LoginClient client = new LoginClient(card, clock);
            assertThrows(PinFormatException.class, () -> client.respond(challenge, ORIGIN, malformed, LastTry.REFUSE));
        }
        assertEquals(2, wire.count(), "only the detection at open");
    }

    @Test
    void aWrongPinSignsNothing() throws Exception {
        String challenge = challenges.issue().value();
        try (Pin wrong = pin("0000")) {
            LoginClient client = new LoginClient(card, clock);
            assertThrows(WrongPinException.class, () -> client.respond(challenge, ORIGIN, wrong, LastTry.REFUSE));
        }
        assertEquals(0, wire.count(COMPUTE_DIGITAL_SIGNATURE));
        assertEquals(1, wire.countWithData(VERIFY));
    }

    private static Map<String, Object> json(String base64url) throws Exception {
        return JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8));
    }
}
