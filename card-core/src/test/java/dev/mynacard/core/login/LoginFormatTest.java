/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginFormatTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://login.example.jp", "https://login.example.jp:8443", "https://[::1]:8443",
        "https://192.0.2.1", "http://127.0.0.1", "http://127.0.0.1:8080", "http://localhost", "http://localhost:65535",
        "https://xn--eckwd4c7c.xn--zckzah"})
    void originsAreAudiences(String audience) {
        assertEquals(audience, LoginFormat.requireAudience(audience));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://login.example.jp/", "https://login.example.jp/path", "HTTPS://login.example.jp",
        "https://Login.example.jp", "ftp://login.example.jp", "https://login.example.jp\nx", "login.example.jp",
        "https://user@login.example.jp", "https://login.example.jp?x=1", "", "http://login.example.jp",
        "http://127.0.0.2", "http://localhost.evil.example", "http://127.0.0.1.evil.example", "https://a.jp:443",
        "http://localhost:80", "https://a.jp:0", "https://a.jp:65536", "https://a.jp:08443", "https://-a.jp",
        "https://ログイン.jp", "https://a.jp:"})
    void everythingElseIsNot(String audience) {
        assertThrows(IllegalArgumentException.class, () -> LoginFormat.requireAudience(audience));
        assertThrows(IllegalArgumentException.class, () -> LoginFormat.requireAudience(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q1Zb8fK3mX0pL2vN7rT9s", "q1Zb8fK3mX0pL2vN7rT9sQ==", "q1Zb8fK3mX0pL2vN7rT9sQ+/",
        "q1Zb8fK3mX0pL2vN7rT9sQ\n", ""})
    void challengesAreBase64UrlOf22To128Characters(String challenge) {
        assertThrows(IllegalArgumentException.class, () -> LoginFormat.requireChallenge(challenge));
        assertEquals("q1Zb8fK3mX0pL2vN7rT9sQ", LoginFormat.requireChallenge("q1Zb8fK3mX0pL2vN7rT9sQ"));
        assertEquals("A".repeat(128), LoginFormat.requireChallenge("A".repeat(128)));
        assertThrows(IllegalArgumentException.class, () -> LoginFormat.requireChallenge("A".repeat(129)));
    }
}
