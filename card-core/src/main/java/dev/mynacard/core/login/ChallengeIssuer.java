/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues stateless login challenges and recognises its own: a challenge carries 128 random bits,
 * its expiry and an HMAC-SHA256 (keyed with the server's secret) over them and the audience it was
 * issued for. Issuing stores nothing, so anonymous requests cannot fill anything up, and every
 * server holding the same key and audience recognises the challenges of the others. Only a
 * challenge that a verified token used is stored, by a {@link ConsumedChallengeStore}.
 *
 * <p>Encoding, base64url without padding (76 characters): {@code 01 ‖ random (16) ‖ expiry (8,
 * big-endian seconds since the epoch) ‖ HMAC-SHA256(key, "mynacard-challenge-v1" 00 audience 00
 * ‖ the 25 bytes before it) (32)}. Thread-safe.
 */
public final class ChallengeIssuer {
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    /** The least key length accepted: HMAC-SHA256's full strength. */
    public static final int MIN_KEY_BYTES = 32;

    private static final byte VERSION = 1;
    private static final int RANDOM_BYTES = 16;
    private static final int BODY_BYTES = 1 + RANDOM_BYTES + Long.BYTES;
    private static final int MAC_BYTES = 32;
    /** 57 bytes, a multiple of 3: no padding and no spare bits, so each challenge has one encoding. */
    private static final int ENCODED_LENGTH = (BODY_BYTES + MAC_BYTES) / 3 * 4;
    private static final String MAC_ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "mynacard-challenge-v1".getBytes(StandardCharsets.US_ASCII);

    /** What a presented challenge turned out to be. */
    public sealed interface Check {
        /** Issued here for this audience; {@code expiresAt} is still ahead. */
        record Valid(Instant expiresAt) implements Check {
        }

        /** Issued here for this audience, but {@code expiresAt} has passed. */
        record Expired(Instant expiresAt) implements Check {
        }

        /** Not issued with this key for this audience (made up, altered, or another site's). */
        record Unknown() implements Check {
        }
    }

    private final SecretKeySpec key;
    private final byte[] audience;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A lifetime of {@link #DEFAULT_LIFETIME}, the system clock. */
    public ChallengeIssuer(byte[] key, String audience) {
        this(key, audience, DEFAULT_LIFETIME, Clock.systemUTC());
    }

    /**
     * @param key      the server's secret, at least {@value #MIN_KEY_BYTES} random bytes (see
     *                 {@link #newKey()}); every server that verifies these challenges needs the same
     * @param audience this relying party's origin, as {@link LoginFormat#requireAudience} accepts it
     */
    public ChallengeIssuer(byte[] key, String audience, Duration lifetime, Clock clock) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the challenge key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("the challenge lifetime must be positive");
        }
        this.key = new SecretKeySpec(key, MAC_ALGORITHM);
        this.audience = LoginFormat.requireAudience(audience).getBytes(StandardCharsets.US_ASCII);
        this.lifetime = lifetime;
        this.clock = Objects.requireNonNull(clock, "clock");
        mac(new byte[BODY_BYTES]);
    }

    /** A fresh random key for {@link #ChallengeIssuer(byte[], String)}, to keep in the servers' configuration. */
    public static byte[] newKey() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** The audience these challenges are for. */
    public String audience() {
        return new String(audience, StandardCharsets.US_ASCII);
    }

    /** A new challenge, valid for the lifetime from now. Stores nothing. */
    public Challenge issue() {
        Instant expiresAt = clock.instant().plus(lifetime);
        ByteBuffer body = ByteBuffer.allocate(BODY_BYTES).put(VERSION);
        byte[] nonce = new byte[RANDOM_BYTES];
        random.nextBytes(nonce);
        body.put(nonce).putLong(expiresAt.getEpochSecond());
        byte[] bytes = Arrays.copyOf(body.array(), BODY_BYTES + MAC_BYTES);
        System.arraycopy(mac(body.array()), 0, bytes, BODY_BYTES, MAC_BYTES);
        return new Challenge(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    /** Whether {@code challenge} was issued here for this audience, and whether it is still valid now. */
    public Check check(String challenge) {
        Optional<byte[]> decoded = decode(challenge);
        if (decoded.isEmpty()) {
            return new Check.Unknown();
        }
        byte[] bytes = decoded.get();
        byte[] body = Arrays.copyOf(bytes, BODY_BYTES);
        if (body[0] != VERSION || !MessageDigest.isEqual(mac(body), Arrays.copyOfRange(bytes, BODY_BYTES, bytes.length))) {
            return new Check.Unknown();
        }
        Instant expiresAt = Instant.ofEpochSecond(ByteBuffer.wrap(body, 1 + RANDOM_BYTES, Long.BYTES).getLong());
        return clock.instant().isBefore(expiresAt) ? new Check.Valid(expiresAt) : new Check.Expired(expiresAt);
    }

    private static Optional<byte[]> decode(String challenge) {
        if (challenge == null || challenge.length() != ENCODED_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(challenge));
        } catch (IllegalArgumentException notBase64Url) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(key);
            mac.update(LABEL);
            mac.update((byte) 0);
            mac.update(audience);
            mac.update((byte) 0);
            return mac.doFinal(body);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("unusable challenge key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MAC_ALGORITHM + " missing from the JDK", e);
        }
    }
}
