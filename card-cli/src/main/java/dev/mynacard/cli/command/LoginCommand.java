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
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.core.login.LoginClient;
import dev.mynacard.core.login.LoginResponse;
import dev.mynacard.core.login.LoginStatement;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynacard login --challenge B64 --audience ORIGIN}: answers a relying party's login
 * challenge with the card's authentication key (auth PIN). With --json the output is the login
 * response itself ({@code mynacard-login-v1}), ready to send to the relying party.
 */
@Command(name = "login")
public final class LoginCommand implements CliCommand {
    @Option(names = "--challenge", paramLabel = "BASE64", required = true, descriptionKey = "option.challenge")
    String challenge;

    @Option(names = "--audience", paramLabel = "ORIGIN", required = true, descriptionKey = "option.audience")
    String audience;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        try {
            new LoginStatement(challenge, audience, invocation.io().clock().instant());
        } catch (IllegalArgumentException malformed) {
            throw new CliException(ExitCode.USAGE, malformed, "error.login-request", malformed.getMessage());
        }
        LoginResponse response;
        try (Pin pin = invocation.pins().read(PinKind.AUTH);
             OpenCard card = invocation.cards().open()) {
            card.announceSignature(invocation.output(), invocation.io().stderrIsTerminal());
            response = PinFailures.guard(PinKind.AUTH,
                    () -> new LoginClient(card.card(), invocation.io().clock()).respond(challenge, audience, pin, invocation.lastTry()));
        }
        return new LoginReport(response);
    }

    record LoginReport(LoginResponse response) implements Report {
        @Override
        public ObjectNode json() {
            return Json.parseObject(response.toJson());
        }

        @Override
        public void text(TextOutput out) {
            out.line("login.done", response.statement().audience(), response.statement().timestamp().toString());
            out.verbatim(response.toJson());
        }
    }
}
