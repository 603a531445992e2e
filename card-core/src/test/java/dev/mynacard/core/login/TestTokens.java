/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Login tokens built by hand in tests, byte by byte, so that each part can be made hostile: any
 * header parameters, any claims, signed with any key and JCA algorithm, or not at all. Shared with
 * the login demo's integration tests and benchmark (card-core's test-jar).
 */
public final class TestTokens {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, String> header = new LinkedHashMap<>();
    private final Map<String, String> claims = new LinkedHashMap<>();

    /** The header and claims {@link LoginClient} writes, for {@code certificate}, issued at {@code iat}. */
    public static TestTokens login(X509Certificate certificate, String audience, String challenge, Instant iat) {
        return new TestTokens()
                .header("alg", "RS256").header("typ", "JWT").headerJson("x5c", "[" + quoted(der(certificate)) + "]")
                .claim("aud", audience).claim("nonce", challenge)
                .claimJson("iat", Long.toString(iat.getEpochSecond()))
                .claimJson("exp", Long.toString(iat.getEpochSecond() + 120))
                .claim("jti", "3q2-7w");
    }

    TestTokens header(String name, String value) {
        return headerJson(name, quoted(value));
    }

    /** Sets a header parameter to a raw JSON value; {@code null} removes it. */
    TestTokens headerJson(String name, String json) {
        put(header, name, json);
        return this;
    }

    public TestTokens claim(String name, String value) {
        return claimJson(name, quoted(value));
    }

    /** Sets a claim to a raw JSON value; {@code null} removes it. */
    TestTokens claimJson(String name, String json) {
        put(claims, name, json);
        return this;
    }

    /** {@code header.payload}, the JWS signing input. */
    String signingInput() {
        return encode(json(header)) + "." + encode(json(claims));
    }

    /** Signed with {@code key} by a JCA signature algorithm, e.g. {@code SHA256withRSA}. */
    String sign(PrivateKey key, String jcaAlgorithm) throws Exception {
        Signature signer = Signature.getInstance(jcaAlgorithm);
        signer.initSign(key);
        signer.update(signingInput().getBytes(StandardCharsets.US_ASCII));
        return withSignature(signer.sign());
    }

    public String signRs256(PrivateKey key) throws Exception {
        return sign(key, "SHA256withRSA");
    }

    String withSignature(byte[] signature) {
        return signingInput() + "." + BASE64URL.encodeToString(signature);
    }

    static String der(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(Map<String, String> map, String name, String json) {
        if (json == null) {
            map.remove(name);
        } else {
            map.put(name, json);
        }
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static String json(Map<String, String> members) {
        return members.entrySet().stream().map(member -> quoted(member.getKey()) + ":" + member.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
