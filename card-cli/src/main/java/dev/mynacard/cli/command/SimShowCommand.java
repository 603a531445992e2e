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
import dev.mynacard.cli.pin.PinKinds;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.cert.CardInfo;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinStatus;
import dev.mynacard.sim.host.PersistentCard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code mynacard sim show}: where the simulated card lives, its card record, its PIN counters and
 * which PINs still have their documented default values (the values are never shown).
 */
@Command(name = "show")
public final class SimShowCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException {
        Path state = invocation.cards().simulatorState();
        PersistentCard simulated = invocation.cards().loadSimulated(state);
        try (OpenCard card = invocation.cards().openSimulated(simulated, state)) {
            // A phone's JPKI (sim init --token) has no card record.
            Optional<CardInfo> info = card.card().tokenInfo().kind().isPhone() ? Optional.empty()
                    : Optional.of(card.card().cardInfo());
            return new ShowReport(state, info, card.card().pins().statusAll(),
                    SimulatorImages.stillDefault(simulated.card().snapshot()));
        }
    }

    record ShowReport(Path state, Optional<CardInfo> info, List<PinStatus> pins, Map<PinKind, Boolean> defaults)
            implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode sim = Json.object().put("stateFile", state.toString());
            info.ifPresent(i -> sim.put("serialNumber", i.serialNumber())
                    .put("municipalityCode", i.municipalityCode())
                    .put("cardExpiry", i.expiryDate().toString()));
            sim.set("pins", PinStatusView.json(pins));
            ObjectNode defaultPins = sim.putObject("defaultPins");
            defaults.forEach((kind, isDefault) -> defaultPins.put(PinKinds.id(kind), isDefault));
            ObjectNode json = Json.object();
            json.set("sim", sim);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.field("sim-show.state", state.toString());
            info.ifPresent(i -> {
                out.field("status.serial", i.serialNumber());
                out.field("status.municipality", i.municipalityCode());
                out.field("sim-show.card-expiry", i.expiryDate().toString());
            });
            out.field("sim-show.pin-values", defaults.entrySet().stream()
                    .map(e -> out.messages().get(e.getValue() ? "sim-show.pin-default" : "sim-show.pin-changed",
                            PinKinds.id(e.getKey())))
                    .collect(Collectors.joining(", ")));
            out.blank();
            PinStatusView.text(out, pins);
        }
    }
}
