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
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mynacard pin change KIND}: the current PIN, then the new one (twice on a console, once
 * per line with --pin-stdin). Both are checked before the card is touched.
 */
@Command(name = "change")
public final class PinChangeCommand implements CliCommand {
    @Parameters(index = "0", paramLabel = "auth|sign|text|juki", converter = PinKinds.Converter.class,
            descriptionKey = "param.pin-kind")
    PinKind kind;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        try (Pin current = invocation.pins().read(kind);
             Pin replacement = invocation.pins().readNew(kind);
             OpenCard card = invocation.cards().open()) {
            PinFailures.guard(kind, () -> {
                card.card().pins().change(kind, current, replacement, invocation.lastTry());
                return null;
            });
        }
        return new ChangedReport(kind);
    }

    record ChangedReport(PinKind kind) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("pin").put("id", PinKinds.id(kind)).put("changed", true);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line("pin-change.ok", PinKinds.name(kind));
        }
    }
}
