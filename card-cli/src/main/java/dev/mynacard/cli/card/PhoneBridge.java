/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.bridge.BridgeAddress;
import dev.mynacard.apdu.bridge.BridgeConnector;
import dev.mynacard.apdu.bridge.BridgeEvent;
import dev.mynacard.apdu.bridge.BridgeListener;
import dev.mynacard.apdu.bridge.BridgeOptions;
import dev.mynacard.apdu.bridge.BridgeTransport;
import dev.mynacard.apdu.bridge.ProgressListener;
import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Io;
import dev.mynacard.cli.output.Output;
import dev.mynacard.cli.output.QrCode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The card held to a phone that runs vsmartcard's Remote Smart Card Reader app: listens for the
 * app (--bridge) or connects to it in its listen mode (--bridge-connect), and waits for the phone
 * and the card. What happens is always told on stderr, even in scripts: the user has to act on it.
 * Listening beyond this machine is what the user asked for by naming the address; it is warned
 * about, and the address is shown for the app, also as a QR code. On loopback, where the bridge
 * refuses other users' programs, a system where it cannot tell who connects is warned about too.
 */
final class PhoneBridge {
    /** Long enough to unlock the phone, start the app and find the card's spot on it. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(120);
    private static final String NO_COLOUR_VARIABLE = "NO_COLOR";

    private final GlobalOptions options;
    private final Io io;
    private final Output output;

    PhoneBridge(GlobalOptions options, Io io, Output output) {
        this.options = options;
        this.io = io;
        this.output = output;
    }

    /** Waits for the phone and its card; the caller closes the transport. */
    BridgeTransport awaitCard() throws TransportException {
        BridgeOptions bridgeOptions = options.apduTimeout()
                .map(BridgeOptions.defaults()::withApduTimeout)
                .orElse(BridgeOptions.defaults());
        Duration wait = options.cardWait().orElse(DEFAULT_WAIT);
        ProgressListener progress = event -> show(event, wait);
        try {
            if (options.bridgeConnect().isPresent()) {
                return BridgeConnector.connect(options.bridgeConnect().get(), bridgeOptions, wait, progress);
            }
            try (BridgeListener listener = BridgeListener.open(options.bridge().orElseThrow(), bridgeOptions)) {
                if (!listener.isLoopback()) {
                    announceToTheNetwork(listener);
                } else if (!listener.verifiesLocalPeers()) {
                    output.note("warning.bridge-local-unverified", listener.address().hostPort());
                }
                return listener.awaitCard(wait, progress);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Reason.CLOSED, "interrupted while waiting for the phone", e);
        }
    }

    private void announceToTheNetwork(BridgeListener listener) {
        BridgeAddress address = listener.address();
        output.note("warning.bridge-network", address.hostPort(), Integer.toString(address.port()));
        List<BridgeAddress> forPhone = listener.addressesForPhone();
        if (forPhone.isEmpty()) {
            output.note("bridge.no-address");
            return;
        }
        output.note("bridge.addresses");
        PrintStream terminal = output.terminal();
        boolean colours = io.stderrIsTerminal() && io.env(NO_COLOUR_VARIABLE).isEmpty();
        for (BridgeAddress candidate : forPhone) {
            output.diagnostic("  " + candidate.uri());
            QrCode.of(candidate.uri()).lines(colours).forEach(line -> terminal.println("  " + line));
        }
        terminal.flush();
    }

    private void show(BridgeEvent event, Duration wait) {
        String seconds = Seconds.format(wait);
        if (event instanceof BridgeEvent.Listening listening) {
            BridgeAddress at = listening.address();
            if (at.isWildcard()) {
                output.note("progress.bridge-listening-everywhere", Integer.toString(at.port()), seconds);
            } else {
                output.note("progress.bridge-listening", at.uri(), seconds);
            }
        } else if (event instanceof BridgeEvent.Connecting connecting) {
            output.note("progress.bridge-connecting", connecting.phone().uri(), seconds);
        } else if (event instanceof BridgeEvent.PhoneConnected connected) {
            output.note("progress.bridge-phone-connected", connected.peer());
        } else if (event instanceof BridgeEvent.CardPresent present) {
            output.note("progress.bridge-card-present", present.atrHex());
        } else if (event instanceof BridgeEvent.PhoneLeft left) {
            output.note("progress.bridge-phone-left", left.peer());
        } else if (event instanceof BridgeEvent.PhoneRefused refused) {
            output.note("progress.bridge-phone-refused", refused.peer());
        } else if (event instanceof BridgeEvent.OtherUserRefused refused) {
            output.note("progress.bridge-other-user-refused", refused.peer(), Long.toString(refused.uid()));
        } else if (event instanceof BridgeEvent.PhoneUnverified unverified) {
            output.note("warning.bridge-phone-unverified", unverified.peer());
        }
    }
}
