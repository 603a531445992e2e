/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.option.VpcdAddressConverter;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Output;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.sim.host.CardHost;
import dev.mynacard.sim.host.LatentCard;
import dev.mynacard.sim.host.Latency;
import dev.mynacard.sim.host.PersistentCard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynacard sim serve [--vpcd HOST:PORT] [--apdu-ms N] [--byte-us N] [--signature-ms N]}:
 * puts the simulated card into vsmartcard's virtual reader until Ctrl-C (or SIGTERM), so that any
 * PC/SC program, mynacard --reader included, can use it, answering at once or as slowly as the
 * latency options say. Its state is saved after every command that changes it and when it stops.
 */
@Command(name = "serve")
public final class SimServeCommand implements CliCommand {
    /** The connector logs each (re)connection at INFO; mynacard says it in the user's language instead. */
    private static final Logger CONNECTOR_LOG = Logger.getLogger(VpcdConnector.class.getName());

    @Option(names = "--vpcd", paramLabel = "HOST:PORT", converter = VpcdAddressConverter.class,
            descriptionKey = "option.vpcd")
    VpcdOptions vpcd = VpcdOptions.defaults();

    @Option(names = "--apdu-ms", paramLabel = "N", descriptionKey = "option.apdu-ms")
    long apduMillis;

    @Option(names = "--byte-us", paramLabel = "N", descriptionKey = "option.byte-us")
    long byteMicros;

    @Option(names = "--signature-ms", paramLabel = "N", descriptionKey = "option.signature-ms")
    long signatureMillis;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        Latency latency = latency();
        Output output = invocation.output();
        connectorWarningsTo(output);
        Path state = invocation.cards().simulatorState();
        PersistentCard card = invocation.cards().loadSimulated(state);
        CardHost host = CardHost.start(card, latency.isNone() ? card : new LatentCard(card, latency), vpcd,
                inReader -> output.note("sim-serve.in-reader", vpcd.host(), Integer.toString(vpcd.port())));
        output.note("sim-serve.started", vpcd.host(), Integer.toString(vpcd.port()), state.toString());
        Thread stopOnSignal = new Thread(() -> stop(host, output), "mynacard sim serve stop");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        try {
            host.awaitClosed();
        } catch (InterruptedException interrupted) {
            // Saving first: an interrupted thread cannot write the state file (NIO closes the channel).
            host.close();
            Runtime.getRuntime().removeShutdownHook(stopOnSignal);
            Thread.currentThread().interrupt();
        }
        return new StoppedReport(state);
    }

    /** The card's answers on a real card's clock (--apdu-ms, --byte-us, --signature-ms); none by default. */
    private Latency latency() throws CliException {
        try {
            return Latency.of(apduMillis, byteMicros, signatureMillis);
        } catch (IllegalArgumentException outOfRange) {
            throw new CliException(ExitCode.USAGE, "error.latency-range");
        }
    }

    /**
     * Warnings only, one escaped line each on stderr ({@code mynacard: connection to vpcd failed: …}):
     * they may quote what vpcd or the network said.
     */
    private static void connectorWarningsTo(Output output) {
        CONNECTOR_LOG.setLevel(Level.WARNING);
        CONNECTOR_LOG.setUseParentHandlers(false);
        for (Handler handler : CONNECTOR_LOG.getHandlers()) {
            CONNECTOR_LOG.removeHandler(handler);
        }
        CONNECTOR_LOG.addHandler(new ConnectorWarnings(output));
    }

    private static void stop(CardHost host, Output output) {
        try {
            host.close();
            output.note("sim-serve.stopped");
        } catch (IOException e) {
            output.note("note.sim-save-failed", e.getMessage());
        }
    }

    private static final class ConnectorWarnings extends Handler {
        private final Output output;
        private final Formatter formatter = new SimpleFormatter();

        ConnectorWarnings(Output output) {
            this.output = output;
        }

        @Override
        public void publish(LogRecord warning) {
            Throwable thrown = warning.getThrown();
            output.diagnostic(Output.PROGRAM + ": " + formatter.formatMessage(warning)
                    + (thrown == null ? "" : ": " + thrown));
        }

        @Override
        public void flush() {
            output.terminal().flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    record StoppedReport(Path state) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("sim").put("stateFile", state.toString()).put("stopped", true);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line("sim-serve.saved", state.toString());
        }
    }
}
