/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules both sides of card login share: what an audience (the relying party's origin) and a
 * challenge look like, and how long a token may live. The client checks them before any APDU, the
 * verifier before anything else.
 */
public final class LoginFormat {
    /** A token is valid for at most this long after its {@code iat}. */
    public static final Duration MAX_TOKEN_LIFETIME = Duration.ofSeconds(120);
    /** Longer than any token this library writes (one 2048-bit certificate, ~3 KB); longer input is not parsed. */
    public static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{22,128}");
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final String HOST = "(?:" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9a-f:.]+\\])";
    private static final String PORT = "(?::([1-9][0-9]{0,4}))?";
    private static final Pattern HTTPS = Pattern.compile("https://" + HOST + PORT);
    private static final Pattern LOOPBACK = Pattern.compile("http://(?:127\\.0\\.0\\.1|localhost)" + PORT);

    private LoginFormat() {
    }

    /**
     * Checks that {@code audience} is an origin as a browser serialises it: {@code https://host[:port]}
     * in lower case, without path, slash or default port; plain http only for
     * {@code http://127.0.0.1[:port]} and {@code http://localhost[:port]} (development).
     *
     * @throws IllegalArgumentException when it is not
     */
    public static String requireAudience(String audience) {
        if (audience != null) {
            Matcher https = HTTPS.matcher(audience);
            Matcher loopback = LOOPBACK.matcher(audience);
            if (https.matches() && portOk(https.group(1), "443") || loopback.matches() && portOk(loopback.group(1), "80")) {
                return audience;
            }
        }
        throw new IllegalArgumentException("the audience must be an https origin such as https://login.example.jp"
                + " (or http://127.0.0.1[:port] or http://localhost[:port])");
    }

    /**
     * Checks that {@code challenge} is 22–128 base64url characters without padding.
     *
     * @throws IllegalArgumentException when it is not
     */
    public static String requireChallenge(String challenge) {
        if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            throw new IllegalArgumentException("the challenge must be 22–128 base64url characters");
        }
        return challenge;
    }

    private static boolean portOk(String port, String defaultPort) {
        return port == null || !port.equals(defaultPort) && Integer.parseInt(port) <= 65_535;
    }
}
