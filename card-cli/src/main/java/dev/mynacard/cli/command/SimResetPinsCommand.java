/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.card.SimulatorImages;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.pin.PinStatus;
import dev.mynacard.sim.state.CardStateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code mynacard sim reset-pins}: every retry counter of the simulated card back to its maximum,
 * as the city office would do for a real card. PIN values stay as they are.
 */
@Command(name = "reset-pins")
public final class SimResetPinsCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException {
        Path state = invocation.cards().simulatorState();
        invocation.cards().loadSimulated(state); // the default card (with a note) when there is none, and checks it loads
        CardStateFile.update(state, SimulatorImages::withFullCounters); // locked: no other process's change is lost
        try (OpenCard card = invocation.cards().openSimulated(invocation.cards().loadSimulated(state), state)) {
            return new ResetReport(state, card.card().pins().statusAll());
        }
    }

    record ResetReport(Path state, List<PinStatus> pins) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode sim = Json.object().put("stateFile", state.toString());
            sim.set("pins", PinStatusView.json(pins));
            ObjectNode json = Json.object();
            json.set("sim", sim);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line("sim-reset.done", state.toString());
            PinStatusView.text(out, pins);
        }
    }
}
