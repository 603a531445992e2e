/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.apdu.bridge.BridgeAddress;
import dev.mynacard.core.pin.LastTry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The options every command takes, as parsed.
 *
 * @param sim           use the simulated card (also implied by {@code simState})
 * @param simState      the simulated card's state file instead of the one under $MYNACARD_HOME
 * @param reader        a PC/SC reader by name, part of a name or index
 * @param pinStdin      read PINs from standard input, one per line
 * @param pcsc          the PC/SC backend: "jdk", "jna", or empty for automatic
 * @param bridge        listen there for the phone app (NFC bridge)
 * @param bridgeConnect connect there to the phone app in its listen mode
 * @param cardWait      how long to wait for a card in the reader, or for the phone and its card
 * @param apduTimeout   how long one command may take, through a reader or the phone; empty for the default
 */
public record GlobalOptions(boolean sim, Optional<Path> simState, Optional<String> reader, boolean json,
                            boolean trace, Language language, boolean pinStdin, boolean allowLastTry,
                            Optional<String> pcsc, Optional<BridgeAddress> bridge,
                            Optional<BridgeAddress> bridgeConnect, Optional<Duration> cardWait,
                            Optional<Duration> apduTimeout) {

    public boolean simulated() {
        return sim || simState.isPresent();
    }

    /** Whether the card is reached through the phone app, in either direction. */
    public boolean bridged() {
        return bridge.isPresent() || bridgeConnect.isPresent();
    }

    public LastTry lastTry() {
        return allowLastTry ? LastTry.ALLOW : LastTry.REFUSE;
    }
}
