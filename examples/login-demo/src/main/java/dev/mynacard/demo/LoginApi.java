/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import com.sun.net.httpserver.HttpExchange;
import dev.mynacard.core.login.AuthenticatedHolder;
import dev.mynacard.core.login.Challenge;
import dev.mynacard.core.login.ChallengeIssuer;
import dev.mynacard.core.login.ChallengeStoreException;
import dev.mynacard.core.login.LoginFormat;
import dev.mynacard.core.login.LoginRejectedException;
import dev.mynacard.core.login.LoginVerifier;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * The relying party's API: {@code GET /api/challenge}, {@code POST /api/login} (the token as the
 * body), {@code GET /api/me}, {@code POST /api/logout}. Refusals are
 * {@code {"error":{"code":…,"message":…}}}: 401 with {@link LoginRejectedException.Code} ids for
 * tokens, 403 for a cross-origin POST, 413 for a body over the token's size, 503 when the
 * database cannot record the challenge.
 */
final class LoginApi {
    static final String SESSION_COOKIE = "mynacard_session";

    private final String origin;
    private final ChallengeIssuer challenges;
    private final LoginVerifier verifier;
    private final Sessions<Map<String, Object>> sessions;

    LoginApi(String origin, ChallengeIssuer challenges, LoginVerifier verifier, Sessions<Map<String, Object>> sessions) {
        this.origin = origin;
        this.challenges = challenges;
        this.verifier = verifier;
        this.sessions = sessions;
    }

    void challenge(HttpExchange exchange) throws IOException {
        Challenge challenge = challenges.issue();
        Exchanges.json(exchange, 200, Map.of("challenge", challenge.value(), "audience", origin,
                "expiresAt", challenge.expiresAt().toString()));
    }

    void login(HttpExchange exchange) throws IOException {
        String requestOrigin = exchange.getRequestHeaders().getFirst("Origin");
        if (requestOrigin != null && !requestOrigin.equals(origin)) {
            Exchanges.error(exchange, 403, "cross-origin", "logins are accepted from " + origin + " only");
            return;
        }
        String token;
        try {
            token = Exchanges.body(exchange, LoginFormat.MAX_TOKEN_LENGTH);
        } catch (Exchanges.TooLargeException tooLarge) {
            Exchanges.error(exchange, 413, "malformed", "a login token has at most " + LoginFormat.MAX_TOKEN_LENGTH
                    + " characters");
            return;
        }
        AuthenticatedHolder holder;
        try {
            holder = verifier.verify(token);
        } catch (LoginRejectedException rejected) {
            Exchanges.error(exchange, 401, rejected.code().id(), rejected.getMessage());
            return;
        } catch (ChallengeStoreException unavailable) {
            Exchanges.error(exchange, 503, "store-unavailable", "cannot record the login now; try again");
            return;
        }
        Map<String, Object> described = describe(holder);
        String session = sessions.open(described);
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=" + session + "; Path=/; Max-Age="
                + sessions.lifetime().toSeconds() + "; HttpOnly; SameSite=Strict"
                + (origin.startsWith("https:") ? "; Secure" : ""));
        Exchanges.json(exchange, 200, Map.of("holder", described));
    }

    void me(HttpExchange exchange) throws IOException {
        Optional<Map<String, Object>> holder = Exchanges.cookie(exchange, SESSION_COOKIE).flatMap(sessions::find);
        if (holder.isPresent()) {
            Exchanges.json(exchange, 200, Map.of("holder", holder.get()));
        } else {
            Exchanges.error(exchange, 401, "not-logged-in", "no session");
        }
    }

    void logout(HttpExchange exchange) throws IOException {
        Exchanges.cookie(exchange, SESSION_COOKIE).ifPresent(sessions::close);
        exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        Exchanges.json(exchange, 200, Map.of());
    }

    /** What a relying party learns: the certificate's issuer, serial and fingerprint, and until when it holds. */
    private static Map<String, Object> describe(AuthenticatedHolder holder) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("issuer", holder.issuer().getName(X500Principal.RFC2253));
        described.put("serialNumber", holder.serialNumber().toString(16));
        described.put("fingerprint", holder.fingerprint().hex());
        described.put("notAfter", holder.notAfter().toString());
        return described;
    }
}
