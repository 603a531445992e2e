/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import java.nio.file.Path;

/** mynacard's own directory (the simulated card, added trust roots): $MYNACARD_HOME, else ~/.mynacard. */
public final class MynacardHome {
    public static final String VARIABLE = "MYNACARD_HOME";

    private MynacardHome() {
    }

    public static Path directory(Io io) {
        return io.env(VARIABLE).map(Path::of).orElseGet(() -> userHome(io).resolve(".mynacard"));
    }

    /** $HOME as the shell knows it (the launcher looks there too), else the JVM's idea of it. */
    public static Path userHome(Io io) {
        return io.env("HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
    }
}
