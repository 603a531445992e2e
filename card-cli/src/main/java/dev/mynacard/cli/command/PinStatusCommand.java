/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.pin.PinStatus;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code mynacard pin status}: the four PINs' tries left, read without spending any. */
@Command(name = "status")
public final class PinStatusCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException {
        try (OpenCard card = invocation.cards().open()) {
            return new PinStatusReport(card.card().pins().statusAll());
        }
    }

    record PinStatusReport(List<PinStatus> pins) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.set("pins", PinStatusView.json(pins));
            return json;
        }

        @Override
        public void text(TextOutput out) {
            PinStatusView.text(out, pins);
        }
    }
}
