/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.bridge.BridgeTransport;
import dev.mynacard.apdu.decorator.TracingTransport;
import dev.mynacard.apdu.decorator.TracingTransport.ResponseData;
import dev.mynacard.apdu.pcsc.PcscBackend;
import dev.mynacard.apdu.pcsc.PcscBackends;
import dev.mynacard.apdu.pcsc.PcscConnection;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.apdu.vpcd.VirtualCardTransport;
import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Io;
import dev.mynacard.cli.output.Output;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds the card the options ask for: the simulated card (--sim), the card held to a phone
 * (--bridge, --bridge-connect) or the card in a PC/SC reader (--reader, else the first reader
 * holding a card), traced on stderr with --trace. Traces show PIN commands without their data and
 * responses as length and status word only, so neither a PIN nor anything read from the card (a
 * 個人番号, a name) reaches them.
 */
public final class CardAccess {
    /** Seconds to wait for a card to be inserted into a reader; 0 does not wait. --wait wins over it. */
    public static final String WAIT_VARIABLE = "MYNACARD_CARD_WAIT";
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final GlobalOptions options;
    private final Io io;
    private final Output output;
    private PcscBackend pcsc;

    public CardAccess(GlobalOptions options, Io io, Output output) {
        this.options = options;
        this.io = io;
        this.output = output;
    }

    /** Opens and detects the card the options name; the caller closes it. */
    public OpenCard open() throws IOException {
        if (options.simulated()) {
            Path state = simulatorState();
            return openSimulated(loadSimulated(state), state);
        }
        if (options.bridged()) {
            BridgeTransport phone = new PhoneBridge(options, io, output).awaitCard();
            return detect(phone, new CardSource.Phone(phone.peer()));
        }
        PcscConnection card = connect();
        return detect(card, new CardSource.Reader(card.reader()));
    }

    /** Opens and detects a simulated card, whatever the options say. */
    public OpenCard openSimulated(PersistentCard card, Path state) throws IOException {
        return detect(new VirtualCardTransport(card), new CardSource.Simulated(state));
    }

    private OpenCard detect(CardTransport transport, CardSource source) throws IOException {
        CardTransport traced = options.trace()
                ? new TracingTransport(transport, output::diagnostic, ResponseData.HIDDEN)
                : transport;
        try {
            return new OpenCard(MyNumberCard.openExclusive(traced), source);
        } catch (IOException | RuntimeException e) {
            try {
                traced.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The PC/SC backend --pcsc chose ("auto": the JDK's, or JNA's when the JDK finds no PC/SC service). */
    public PcscBackend pcsc() throws TransportException {
        if (pcsc == null) {
            pcsc = PcscBackends.choose(options.pcsc().orElse("auto"));
        }
        return pcsc;
    }

    public Path simulatorState() {
        return SimulatorHome.stateFile(options, io);
    }

    /** The simulated card of the state file, created as the default card (with a note) when missing. */
    public PersistentCard loadSimulated(Path state) throws IOException {
        boolean created = Files.notExists(state);
        PersistentCard card = PersistentCard.open(state, DefaultCard::image,
                warning -> output.note("note.sim-save-failed", warning));
        if (created) {
            output.note("note.sim-created", state.toString());
        }
        return card;
    }

    private PcscConnection connect() throws IOException {
        PcscBackend readers = pcsc();
        PcscReader reader = readers.find(options.reader().orElse(null));
        Duration wait = cardWait();
        Optional<CardWait.Progress> progress = io.stderrIsTerminal()
                ? Optional.of(new CardWait.Progress(output.terminal(),
                        output.messages().get("progress.insert-card", reader.name(), Seconds.format(wait))))
                : Optional.empty();
        return CardWait.connect(readers, reader, wait, options.apduTimeout().orElse(PcscBackend.DEFAULT_APDU_TIMEOUT),
                progress);
    }

    private Duration cardWait() {
        return options.cardWait().orElseGet(() -> io.env(WAIT_VARIABLE).flatMap(CardAccess::seconds).orElse(DEFAULT_WAIT));
    }

    private static Optional<Duration> seconds(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
