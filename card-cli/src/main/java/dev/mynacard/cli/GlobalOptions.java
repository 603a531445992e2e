package dev.mynacard.cli;

import dev.mynacard.core.pin.LastTry;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options every command takes, as parsed.
 *
 * @param sim       use the simulated card (also implied by {@code simState})
 * @param simState  the simulated card's state file instead of the one under $MYNACARD_HOME
 * @param reader    a PC/SC reader by name, part of a name or index
 * @param pinStdin  read PINs from standard input, one per line
 */
public record GlobalOptions(boolean sim, Optional<Path> simState, Optional<String> reader, boolean json,
                            boolean trace, Language language, boolean pinStdin, boolean allowLastTry) {

    public boolean simulated() {
        return sim || simState.isPresent();
    }

    public LastTry lastTry() {
        return allowLastTry ? LastTry.ALLOW : LastTry.REFUSE;
    }
}
