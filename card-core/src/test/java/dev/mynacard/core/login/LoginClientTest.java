/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.IssuedCard;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginClientTest {
    private static final String ORIGIN = "https://login.example.jp";
    private static final IssuedCard CARD = TestCards.defaultCard();
    private static final int COMPUTE_DIGITAL_SIGNATURE = 0x2A;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00.750Z"));
    private final InMemoryChallengeStore store = new InMemoryChallengeStore(clock, Duration.ofMinutes(5), 100);
    private final LoginVerifier verifier = new LoginVerifier(store, TrustAnchors.jlis().withSimulator(), ORIGIN,
            Duration.ofMinutes(2), clock);
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

    private LoginResponse respond(String challenge, String audience) throws Exception {
        try (Pin authPin = pin("1234")) {
            return new LoginClient(card, clock).respond(challenge, audience, authPin, LastTry.REFUSE);
        }
    }

    @Test
    void theVerifierAcceptsTheClientsResponseAndNamesTheHolder() throws Exception {
        String challenge = store.issue().value();

        LoginResponse response = respond(challenge, ORIGIN);
        AuthenticatedHolder holder = verifier.verify(response.toAttempt());

        assertEquals(CARD.authCertificate().getSerialNumber(), holder.serialNumber());
        assertEquals(CARD.authCertificate().getSubjectX500Principal(), holder.subject());
        assertEquals(new LoginStatement(challenge, ORIGIN, Instant.parse("2026-11-26T09:30:00Z")), response.statement());
        assertEquals(List.of(CARD.authCertificate(), CARD.authRoot()), response.certificates());
        assertEquals(1, wire.count(COMPUTE_DIGITAL_SIGNATURE));
    }

    @Test
    void aTamperedSignatureIsRejected() throws Exception {
        LoginResponse response = respond(store.issue().value(), ORIGIN);
        byte[] signature = response.signature();
        signature[signature.length / 2] ^= 0x01;
        LoginAttempt attempt = new LoginAttempt(response.statement().challenge(), ORIGIN,
                response.statement().timestamp(), response.certificates(), signature);

        assertRejected(LoginRejectedException.Reason.BAD_SIGNATURE, attempt);
    }

    @Test
    void aTimestampChangedAfterSigningIsRejected() throws Exception {
        LoginResponse response = respond(store.issue().value(), ORIGIN);
        LoginAttempt attempt = new LoginAttempt(response.statement().challenge(), ORIGIN,
                response.statement().timestamp().plusSeconds(1), response.certificates(), response.signature());

        assertRejected(LoginRejectedException.Reason.BAD_SIGNATURE, attempt);
    }

    @Test
    void aResponseForAnotherRelyingPartyIsRejected() throws Exception {
        LoginResponse response = respond(store.issue().value(), "https://phishing.example");

        assertRejected(LoginRejectedException.Reason.WRONG_AUDIENCE, response.toAttempt());
    }

    @Test
    void theJsonFormCarriesTheStatementCertificatesAndSignature() throws Exception {
        LoginResponse response = respond(store.issue().value(), ORIGIN);

        String json = response.toJson();

        assertTrue(json.startsWith("{\"version\":\"mynacard-login-v1\",\"challenge\":\""
                + response.statement().challenge() + "\",\"audience\":\"" + ORIGIN
                + "\",\"timestamp\":\"2026-11-26T09:30:00Z\",\"certificates\":[\""), json);
        Matcher certificates = Pattern.compile("\"certificates\":\\[\"([^\"]+)\",\"([^\"]+)\"]").matcher(json);
        assertTrue(certificates.find(), json);
        assertArrayEquals(CARD.authCertificate().getEncoded(), Base64.getDecoder().decode(certificates.group(1)));
        assertArrayEquals(CARD.authRoot().getEncoded(), Base64.getDecoder().decode(certificates.group(2)));
        Matcher signature = Pattern.compile("\"signature\":\"([^\"]+)\"}$").matcher(json);
        assertTrue(signature.find(), json);
        assertArrayEquals(response.signature(), Base64.getDecoder().decode(signature.group(1)));
    }

    @Test
    void aMalformedChallengeOrAudienceSendsNothing() {
        assertThrows(IllegalArgumentException.class, () -> respond("short", ORIGIN));
        assertThrows(IllegalArgumentException.class, () -> respond(store.issue().value(), "https://login.example.jp/path"));
        assertEquals(2, wire.count(), "only the detection at open");
    }

    @Test
    void aWrongPinSignsNothing() throws Exception {
        String challenge = store.issue().value();
        try (Pin wrong = pin("0000")) {
            LoginClient client = new LoginClient(card, clock);
            assertThrows(WrongPinException.class, () -> client.respond(challenge, ORIGIN, wrong, LastTry.REFUSE));
        }
        assertEquals(0, wire.count(COMPUTE_DIGITAL_SIGNATURE));
    }

    private void assertRejected(LoginRejectedException.Reason reason, LoginAttempt attempt) {
        LoginRejectedException e = assertThrows(LoginRejectedException.class, () -> verifier.verify(attempt));
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
