/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChallengeIssuerTest {
    private static final String ORIGIN = "https://login.example.jp";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00.400Z"));
    private final ChallengeIssuer issuer = new ChallengeIssuer(LoginFixtures.KEY, ORIGIN, LIFETIME, clock);

    @Test
    void challengesAreUniqueBase64UrlAndValidForTheirLifetime() {
        Challenge first = issuer.issue();
        Challenge second = issuer.issue();

        assertTrue(first.value().matches("[A-Za-z0-9_-]{76}"), first.value());
        LoginFormat.requireChallenge(first.value());
        assertNotEquals(first.value(), second.value());
        assertEquals(Instant.parse("2026-11-26T09:35:00Z"), first.expiresAt());
        assertEquals(new ChallengeIssuer.Check.Valid(first.expiresAt()), issuer.check(first.value()));
        clock.advance(Duration.ofSeconds(299));
        assertInstanceOf(ChallengeIssuer.Check.Valid.class, issuer.check(first.value()));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(new ChallengeIssuer.Check.Expired(first.expiresAt()), issuer.check(first.value()));
    }

    @Test
    void anyServerWithTheKeyAndAudienceRecognisesThem() {
        ChallengeIssuer otherServer = new ChallengeIssuer(LoginFixtures.KEY.clone(), ORIGIN, LIFETIME, clock);

        assertInstanceOf(ChallengeIssuer.Check.Valid.class, otherServer.check(issuer.issue().value()));
    }

    @Test
    void anotherKeyOrAudienceDoesNotRecogniseThem() {
        String challenge = issuer.issue().value();
        byte[] otherKey = LoginFixtures.KEY.clone();
        otherKey[31] ^= 1;

        assertInstanceOf(ChallengeIssuer.Check.Unknown.class,
                new ChallengeIssuer(otherKey, ORIGIN, LIFETIME, clock).check(challenge));
        assertInstanceOf(ChallengeIssuer.Check.Unknown.class,
                new ChallengeIssuer(LoginFixtures.KEY, "https://login.example.jp:8443", LIFETIME, clock)
                        .check(challenge));
    }

    @Test
    void everyAlteredByteIsNoticed() {
        byte[] genuine = Base64.getUrlDecoder().decode(issuer.issue().value());
        for (int i = 0; i < genuine.length; i++) {
            byte[] altered = genuine.clone();
            altered[i] ^= 0x01;
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertInstanceOf(ChallengeIssuer.Check.Unknown.class, issuer.check(value), "byte " + i);
        }
        byte[] extended = Arrays.copyOf(genuine, genuine.length + 3);
        assertInstanceOf(ChallengeIssuer.Check.Unknown.class,
                issuer.check(Base64.getUrlEncoder().withoutPadding().encodeToString(extended)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q1Zb8fK3mX0pL2vN7rT9sQ",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+",
        "ＡAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void garbageIsUnknown(String value) {
        assertInstanceOf(ChallengeIssuer.Check.Unknown.class, issuer.check(value));
        assertInstanceOf(ChallengeIssuer.Check.Unknown.class, issuer.check(null));
    }

    @Test
    void theKeyMustBeLongEnoughAndTheAudienceAnOrigin() {
        assertThrows(IllegalArgumentException.class, () -> new ChallengeIssuer(new byte[31], ORIGIN));
        assertThrows(IllegalArgumentException.class, () -> new ChallengeIssuer(LoginFixtures.KEY, ORIGIN + "/"));
        assertThrows(IllegalArgumentException.class,
                () -> new ChallengeIssuer(LoginFixtures.KEY, ORIGIN, Duration.ZERO, clock));
        assertEquals(32, ChallengeIssuer.newKey().length);
        assertNotEquals(Arrays.toString(ChallengeIssuer.newKey()), Arrays.toString(ChallengeIssuer.newKey()));
    }
}
