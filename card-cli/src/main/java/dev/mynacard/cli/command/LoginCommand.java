/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.Io;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.core.login.LoginClient;
import dev.mynacard.core.login.LoginFormat;
import dev.mynacard.core.login.LoginToken;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynacard login --challenge C --audience ORIGIN [--yes]}: answers a relying party's login
 * challenge with a login token (a compact JWS signed by the card's authentication key; auth PIN),
 * printed alone on stdout; with --json as {@code {"token":…,"expiresAt":…}}.
 *
 * <p>A phishing page can relay a real site's challenge and origin, so the holder confirms the origin
 * before the PIN is asked for: on a terminal by typing {@code yes}; without one (scripts, --pin-stdin
 * from a pipe) only {@code --yes} lets it sign, since signing silently for whatever origin a
 * caller passed is exactly what a phishing page wants. Challenge and origin are checked first, so a
 * malformed request never reaches the prompt or the card.
 */
@Command(name = "login")
public final class LoginCommand implements CliCommand {
    @Option(names = "--challenge", paramLabel = "BASE64URL", required = true, descriptionKey = "option.challenge")
    String challenge;

    @Option(names = "--audience", paramLabel = "ORIGIN", required = true, descriptionKey = "option.audience")
    String audience;

    @Option(names = "--yes", descriptionKey = "option.login-yes")
    boolean confirmed;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        checkFormat();
        if (!confirmed) {
            confirm(invocation);
        }
        LoginToken token;
        try (Pin pin = invocation.pins().read(PinKind.AUTH);
             OpenCard card = invocation.cards().open()) {
            card.announceSignature(invocation.output(), invocation.io().stderrIsTerminal());
            token = PinFailures.guard(PinKind.AUTH, () -> new LoginClient(card.card(), invocation.io().clock())
                    .respond(challenge, audience, pin, invocation.lastTry()));
        }
        invocation.output().note("login.done", audience, token.expiresAt().toString());
        return new LoginReport(token);
    }

    private void checkFormat() throws CliException {
        try {
            LoginFormat.requireChallenge(challenge);
        } catch (IllegalArgumentException malformed) {
            throw new CliException(ExitCode.USAGE, malformed, "error.login-challenge");
        }
        try {
            LoginFormat.requireAudience(audience);
        } catch (IllegalArgumentException malformed) {
            throw new CliException(ExitCode.USAGE, malformed, "error.login-audience");
        }
    }

    private void confirm(Invocation invocation) throws CliException {
        Io.PasswordConsole console = invocation.io().console()
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "error.login-needs-yes", audience));
        if (!console.confirm(invocation.messages().get("prompt.login-confirm", audience))) {
            throw new CliException(ExitCode.USAGE, "error.login-not-confirmed", audience);
        }
    }

    record LoginReport(LoginToken token) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.put("token", token.token());
            json.put("expiresAt", token.expiresAt().toString());
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.verbatim(token.token());
        }
    }
}
