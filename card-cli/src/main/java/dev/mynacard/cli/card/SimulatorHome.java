/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Io;
import java.nio.file.Path;

/** Where the simulated card's state lives: --sim-state, else in $MYNACARD_HOME, else in ~/.mynacard. */
public final class SimulatorHome {
    public static final String HOME_VARIABLE = "MYNACARD_HOME";
    public static final String STATE_FILE = "simulated-card.json";

    private SimulatorHome() {
    }

    public static Path stateFile(GlobalOptions options, Io io) {
        return options.simState().orElseGet(() -> io.env(HOME_VARIABLE).map(Path::of)
                .orElseGet(() -> userHome(io).resolve(".mynacard"))
                .resolve(STATE_FILE));
    }

    /** $HOME as the shell knows it (the launcher looks there too), else the JVM's idea of it. */
    public static Path userHome(Io io) {
        return io.env("HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
    }
}
