/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginStatementTest {
    private static final String CHALLENGE = "q1ZbX0Yv3nQk7s2Jf8HcWmL4tR9uPaEoDgBiNxKyVw_";
    private static final Instant AT = Instant.parse("2026-11-26T09:30:00Z");

    @Test
    void encodesFourLinesWithoutTrailingNewline() {
        byte[] encoded = new LoginStatement(CHALLENGE, "https://login.example.jp", AT).encode();

        assertArrayEquals(("mynacard-login-v1\n" + CHALLENGE + "\nhttps://login.example.jp\n2026-11-26T09:30:00Z")
                .getBytes(StandardCharsets.US_ASCII), encoded);
    }

    @Test
    void timestampIsTruncatedToWholeSeconds() {
        LoginStatement statement = new LoginStatement(CHALLENGE, "https://login.example.jp",
                AT.plusMillis(999));

        assertEquals(AT, statement.timestamp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://login.example.jp/", "https://login.example.jp/path", "HTTPS://login.example.jp",
        "https://Login.example.jp", "ftp://login.example.jp", "https://login.example.jp\nx", "login.example.jp",
        "https://user@login.example.jp", "https://login.example.jp?x=1", ""})
    void audienceMustBeAnOrigin(String audience) {
        assertThrows(IllegalArgumentException.class, () -> new LoginStatement(CHALLENGE, audience, AT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://login.example.jp", "http://localhost:8080", "https://[::1]:8443",
        "https://xn--eckwd4c7c.jp"})
    void theseAreOrigins(String audience) {
        assertEquals(audience, new LoginStatement(CHALLENGE, audience, AT).audience());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "q1ZbX0Yv3nQk7s2Jf8HcWmL4tR9uPaEoDgBiNxKyVw=",
        "q1ZbX0Yv3nQk7s2Jf8HcWm+4tR9uPaEoDgBiN", "q1ZbX0Yv3nQk7s2Jf8HcWmL4\ntR9uPaEoDgBiNxKyVw"})
    void challengeMustBeBase64Url(String challenge) {
        assertThrows(IllegalArgumentException.class, () -> new LoginStatement(challenge, "https://a.jp", AT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "mynacard-login-v2\nq1ZbX0Yv3nQk7s2Jf8HcWmL4tR9uPaEoDgBiNxKyVw_\nhttps://a.jp\n2026-11-26T09:30:00Z",
        "mynacard-login-v1\nq1ZbX0Yv3nQk7s2Jf8HcWmL4tR9uPaEoDgBiNxKyVw_\nhttps://a.jp\n2026-11-26T09:30:00Z\n",
        "mynacard-login-v1\nq1ZbX0Yv3nQk7s2Jf8HcWmL4tR9uPaEoDgBiNxKyVw_\nhttps://a.jp\n2026-11-26T09:30:00.5Z",
        "mynacard-login-v1\nq1ZbX0Yv3nQk7s2Jf8HcWmL4tR9uPaEoDgBiNxKyVw_\nhttps://a.jp\n2026-11-26T18:30:00+09:00",
        "mynacard-login-v1\nq1ZbX0Yv3nQk7s2Jf8HcWmL4tR9uPaEoDgBiNxKyVw_\nhttps://a.jp",
    })
    void decodeAcceptsOnlyTheCanonicalEncoding(String text) {
        assertThrows(IllegalArgumentException.class,
                () -> LoginStatement.decode(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property
    void decodeReversesEncode(
            @ForAll @StringLength(min = 22, max = 128) @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z')
            @CharRange(from = '0', to = '9') @Chars({'-', '_'}) String challenge,
            @ForAll @LongRange(min = 0, max = 253402300799L) long epochSecond) {
        LoginStatement statement = new LoginStatement(challenge, "https://login.example.jp",
                Instant.ofEpochSecond(epochSecond));

        assertEquals(statement, LoginStatement.decode(statement.encode()));
    }
}
