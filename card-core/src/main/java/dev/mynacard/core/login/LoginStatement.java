/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a client signs with the card's authentication key to log in, and the one definition of its
 * bytes, used by client and server alike. The encoding, {@code mynacard-login-v1}, is UTF-8 (in
 * practice ASCII) of four lines joined by {@code \n}, no trailing newline:
 *
 * <pre>
 * mynacard-login-v1
 * &lt;challenge: base64url, no padding, 22–128 characters, as the relying party issued it&gt;
 * &lt;audience: the relying party's origin, scheme://host[:port], lower case, no path or slash&gt;
 * &lt;timestamp: UTC, whole seconds, yyyy-MM-ddTHH:mm:ssZ&gt;
 * </pre>
 *
 * e.g. {@code mynacard-login-v1\nq1Zb…\nhttps://login.example.jp\n2026-11-26T09:30:00Z}. The signature
 * is RSA PKCS#1 v1.5 over the SHA-256 DigestInfo of these bytes (JCA {@code SHA256withRSA}; on the
 * card {@code 80 2A 00 97} with that DigestInfo). Fields are checked so that no value can contain a
 * line break and every statement has exactly one encoding.
 */
public record LoginStatement(String challenge, String audience, Instant timestamp) {
    public static final String VERSION = "mynacard-login-v1";
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern ORIGIN = Pattern.compile(
            "https?://(?:" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9a-f:.]+\\])(?::[0-9]{1,5})?");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    /**
     * @param timestamp truncated to whole seconds
     * @throws IllegalArgumentException when a field does not have its form
     */
    public LoginStatement {
        Objects.requireNonNull(timestamp, "timestamp");
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            throw new IllegalArgumentException("challenge must be 22–128 base64url characters");
        }
        requireOrigin(audience);
        timestamp = timestamp.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Checks that {@code origin} is an origin as this format writes it. */
    static String requireOrigin(String origin) {
        if (origin == null || !ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("audience must be an origin such as https://login.example.jp");
        }
        return origin;
    }

    /** The bytes to sign. */
    public byte[] encode() {
        return String.join("\n", VERSION, challenge, audience, TIMESTAMP.format(timestamp))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The statement these bytes encode.
     *
     * @throws IllegalArgumentException when they are not exactly a {@code mynacard-login-v1} encoding
     */
    public static LoginStatement decode(byte[] encoded) {
        String[] lines = new String(encoded, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length != 4 || !VERSION.equals(lines[0])) {
            throw new IllegalArgumentException("not a " + VERSION + " statement");
        }
        LoginStatement statement;
        try {
            statement = new LoginStatement(lines[1], lines[2], Instant.parse(lines[3]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp is not an ISO-8601 instant", e);
        }
        if (!Arrays.equals(statement.encode(), encoded)) {
            throw new IllegalArgumentException("not the canonical encoding of its statement");
        }
        return statement;
    }
}
