package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code mynacard readers}: the PC/SC readers and which hold a card; with --sim, the simulated card. */
@Command(name = "readers")
public final class ReadersCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException {
        if (invocation.options().simulated()) {
            String name = invocation.messages().get("readers.simulated", invocation.cards().simulatorState());
            return new ReadersReport(List.of(new PcscReader(0, name, true)));
        }
        return new ReadersReport(invocation.cards().readers());
    }

    record ReadersReport(List<PcscReader> readers) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            ArrayNode array = json.putArray("readers");
            readers.forEach(reader -> array.addObject()
                    .put("index", reader.index())
                    .put("name", reader.name())
                    .put("cardPresent", reader.cardPresent()));
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
