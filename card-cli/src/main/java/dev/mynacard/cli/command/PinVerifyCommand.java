/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.cli.pin.PinKinds;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinStatus;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mynacard pin verify KIND}: checks a PIN on the card; a correct PIN restores its counter. */
@Command(name = "verify")
public final class PinVerifyCommand implements CliCommand {
    @Parameters(index = "0", paramLabel = "auth|sign|text|juki", converter = PinKinds.Converter.class,
            descriptionKey = "param.pin-kind")
    PinKind kind;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        try (Pin pin = invocation.pins().read(kind);
             OpenCard card = invocation.cards().open()) {
            PinFailures.guard(kind, () -> {
                card.card().pins().verify(kind, pin, invocation.lastTry());
                return null;
            });
        }
        return new VerifiedReport(new PinStatus(kind, kind.maxTries(), kind.maxTries()));
    }

    record VerifiedReport(PinStatus status) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.set("pin", PinStatusView.json(status).put("verified", true));
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line("pin-verify.ok", PinKinds.name((PinKind) status.kind()), status.max());
        }
    }
}
