package dev.mynacard.cli.card;

import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Io;
import java.nio.file.Path;

/** Where the simulated card's state lives: --sim-state, else $MYNACARD_HOME, else ~/.mynacard. */
public final class SimulatorHome {
    public static final String HOME_VARIABLE = "MYNACARD_HOME";
    public static final String STATE_FILE = "simulated-card.json";

    private SimulatorHome() {
    }

    public static Path stateFile(GlobalOptions options, Io io) {
        return options.simState().orElseGet(() -> io.env(HOME_VARIABLE).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".mynacard"))
                .resolve(STATE_FILE));
    }
}
