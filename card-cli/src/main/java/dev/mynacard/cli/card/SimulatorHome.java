/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Io;
import dev.mynacard.cli.MynacardHome;
import java.nio.file.Path;

/** Where the simulated card's state lives: --sim-state, else in $MYNACARD_HOME, else in ~/.mynacard. */
public final class SimulatorHome {
    public static final String STATE_FILE = "simulated-card.json";

    private SimulatorHome() {
    }

    public static Path stateFile(GlobalOptions options, Io io) {
        return options.simState().orElseGet(() -> MynacardHome.directory(io).resolve(STATE_FILE));
    }
}
