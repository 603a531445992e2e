/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.state.CardStateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code mynacard sim init}: a fresh default card in the state file, replacing whatever was there. */
@Command(name = "init")
public final class SimInitCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException {
        Path state = invocation.cards().simulatorState();
        boolean replaced = Files.exists(state);
        CardStateFile.save(state, DefaultCard.image());
        return new InitReport(state, replaced);
    }

    record InitReport(Path state, boolean replaced) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("sim").put("stateFile", state.toString()).put("replaced", replaced);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line(replaced ? "sim-init.replaced" : "sim-init.created", state.toString());
            out.line("sim.default-card");
        }
    }
}
