/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynacard.core.login.AuthenticatedHolder;
import dev.mynacard.core.login.ChallengeIssuer;
import dev.mynacard.core.login.InMemoryConsumedChallengeStore;
import dev.mynacard.core.login.LoginRejectedException;
import dev.mynacard.core.login.LoginVerifier;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mynacard login}: the token it prints is accepted by a {@link LoginVerifier}; the origin is confirmed first. */
class LoginCommandTest {
    private static final String SITE = "https://login.example.jp";
    private static final IssuedCard CARD = DefaultCard.issue();
    private static final String CONFIRM_PROMPT = "Log in to " + SITE + " with your My Number Card? Go on only if you"
            + " are logging in to exactly this site now: a page elsewhere can pass on its challenge. Type yes to continue: ";

    @TempDir
    Path home;

    private final Clock clock = Clock.fixed(CliRunner.NOW, ZoneOffset.UTC);
    private final ChallengeIssuer challenges = new ChallengeIssuer(ChallengeIssuer.newKey(), SITE, Duration.ofMinutes(5),
            clock);
    private final LoginVerifier site = new LoginVerifier(challenges, new InMemoryConsumedChallengeStore(clock, 10),
            TrustAnchors.jlis().withSimulator().withRoot(CARD.authRoot(), Hierarchy.TEST), Duration.ofSeconds(60), clock);
    private CliRunner cli;
    private String challenge;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
        challenge = challenges.issue().value();
    }

    @Test
    void withYesItPrintsTheTokenAloneAndTheSiteAcceptsIt() throws Exception {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "login", "--challenge", challenge,
                "--audience", SITE, "--yes");

        assertEquals(0, result.status(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.size(), result::toString);
        assertTrue(lines.get(0).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), result::toString);
        assertTrue(result.err().contains("Signed a login token for " + SITE + ", valid until 2026-11-26T03:02:00Z."),
                result::toString);
        AuthenticatedHolder holder = site.verify(lines.get(0));
        assertEquals(CARD.authCertificate().getSerialNumber(), holder.serialNumber());
    }

    @Test
    void jsonHoldsTheTokenAndItsExpiry() throws Exception {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "login", "--challenge",
                challenge, "--audience", SITE, "--yes");

        assertEquals(0, result.status(), result::toString);
        JsonNode json = result.json();
        assertEquals(List.of("token", "expiresAt"), fieldNames(json));
        assertEquals("2026-11-26T03:02:00Z", json.get("expiresAt").asText());
        site.verify(json.get("token").asText());
        LoginRejectedException replay = assertThrows(LoginRejectedException.class,
                () -> site.verify(json.get("token").asText()));
        assertEquals(LoginRejectedException.Code.REPLAY, replay.code());
    }

    @Test
    void onATerminalTheOriginIsConfirmedBeforeThePin() throws Exception {
        List<String> prompts = new ArrayList<>();
        Iterator<String> typed = List.of("yes", "1234").iterator();
        cli.console(prompt -> {
            prompts.add(prompt);
            return typed.next().toCharArray();
        });

        CliRunner.Result result = cli.run("--sim", "login", "--challenge", challenge, "--audience", SITE);

        assertEquals(0, result.status(), result::toString);
        assertEquals(2, prompts.size(), prompts::toString);
        assertEquals(CONFIRM_PROMPT, prompts.get(0));
        assertTrue(prompts.get(1).startsWith("auth PIN"), prompts::toString);
        site.verify(result.out().strip());
    }

    @Test
    void notConfirmingAsksForNoPinAndSendsNothing() {
        List<String> prompts = new ArrayList<>();
        cli.console(prompt -> {
            prompts.add(prompt);
            return "n".toCharArray();
        });

        CliRunner.Result result = cli.run("--sim", "--trace", "login", "--challenge", challenge, "--audience", SITE);

        assertEquals(2, result.status(), result::toString);
        assertEquals(List.of(CONFIRM_PROMPT), prompts);
        assertEquals(List.of(), result.commands());
        assertEquals("", result.out());
        assertTrue(result.err().contains("Nothing signed: you did not confirm the login to " + SITE + "."), result::toString);
    }

    @Test
    void withoutATerminalItSignsOnlyWithYes() {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--trace", "login", "--challenge",
                challenge, "--audience", SITE);

        assertEquals(2, result.status(), result::toString);
        assertEquals(List.of(), result.commands());
        assertTrue(result.err().contains("cannot ask you to confirm the site " + SITE + ". Check the origin, then pass"
                + " --yes."), result::toString);
    }

    @Test
    void aMalformedChallengeOrAudienceStopsBeforeThePromptAndTheCard() {
        List<String> prompts = new ArrayList<>();
        cli.console(prompt -> {
            prompts.add(prompt);
            return "yes".toCharArray();
        });
        for (String[] request : List.of(new String[] {"tooshort", SITE}, new String[] {challenge + "=", SITE},
                new String[] {challenge, SITE + "/"}, new String[] {challenge, "http://login.example.jp"},
                new String[] {challenge, "https://login.example.jp:443"})) {
            CliRunner.Result result = cli.run("--sim", "--trace", "login", "--challenge", request[0], "--audience",
                    request[1]);
            assertEquals(2, result.status(), result::toString);
            assertEquals(List.of(), result.commands());
        }
        assertEquals(List.of(), prompts);

        CliRunner.Result japanese = cli.locale(Locale.JAPANESE).run("--sim", "login", "--challenge", challenge,
                "--audience", "http://login.example.jp", "--yes");
        assertTrue(japanese.err().contains("オーディエンスはサイトのオリジン"), japanese::toString);
    }

    @Test
    void aWrongPinAndAMissingOption() {
        CliRunner.Result wrongPin = cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "login", "--challenge", challenge,
                "--audience", SITE, "--yes");
        assertEquals(5, wrongPin.status(), wrongPin::toString);
        assertEquals("", wrongPin.out());

        CliRunner.Result missingOption = cli.run("--sim", "login", "--challenge", challenge);
        assertEquals(2, missingOption.status());
        assertTrue(missingOption.err().contains("--audience"), missingOption::toString);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
