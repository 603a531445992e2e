/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.apdu.pcsc.PcscBackend;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code mynacard readers}: the PC/SC readers and which hold a card, and (in JSON) the PC/SC
 * backend that listed them; with --sim, the simulated card. A phone is no PC/SC reader: with
 * --bridge there is nothing to list.
 */
@Command(name = "readers")
public final class ReadersCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        GlobalOptions options = invocation.options();
        if (options.bridged()) {
            throw new CliException(ExitCode.USAGE, "error.readers-bridge",
                    options.bridge().isPresent() ? "--bridge" : "--bridge-connect");
        }
        if (options.simulated()) {
            String name = invocation.messages().get("readers.simulated", invocation.cards().simulatorState());
            return new ReadersReport(List.of(new PcscReader(0, name, true)), Optional.empty());
        }
        PcscBackend pcsc = invocation.cards().pcsc();
        return new ReadersReport(pcsc.list(), Optional.of(pcsc.name()));
    }

    /** @param pcsc the PC/SC backend's name, "jdk" or "jna"; empty for the simulated card */
    record ReadersReport(List<PcscReader> readers, Optional<String> pcsc) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            ArrayNode array = json.putArray("readers");
            readers.forEach(reader -> array.addObject()
                    .put("index", reader.index())
                    .put("name", reader.name())
                    .put("cardPresent", reader.cardPresent()));
            pcsc.ifPresent(name -> json.put("pcsc", name));
            return json;
        }

        @Override
        public void text(TextOutput out) {
            for (PcscReader reader : readers) {
                out.row(Integer.toString(reader.index()), reader.name(),
                        out.messages().get(reader.cardPresent() ? "readers.card-present" : "readers.no-card"));
            }
        }
    }
}
