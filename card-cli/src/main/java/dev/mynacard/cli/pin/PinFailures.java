/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.pin;

import dev.mynacard.apdu.PinBlockedException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.core.pin.LastTryRefusedException;
import dev.mynacard.core.pin.PinReference;
import dev.mynacard.core.pin.PinStatus;
import java.io.IOException;

/** The card's answers about one PIN, as exit codes and messages that say what to do next. */
public final class PinFailures {
    /** A card operation that presents a PIN. */
    @FunctionalInterface
    public interface PinOperation<T> {
        T run() throws IOException;
    }

    private PinFailures() {
    }

    /** Runs {@code operation}, turning a wrong, blocked or refused {@code kind} PIN into a {@link CliException}. */
    public static <T> T guard(PinReference kind, PinOperation<T> operation) throws IOException, CliException {
        try {
            return operation.run();
        } catch (WrongPinException wrong) {
            if (wrong.triesLeft().isEmpty()) {
                throw new CliException(ExitCode.WRONG_PIN, wrong, new PinStatus(kind, kind.maxTries(), kind.maxTries(),
                        PinStatus.Reading.NO_LIMIT), "error.wrong-pin-uncounted", PinKinds.name(kind));
            }
            int left = wrong.triesLeft().getAsInt();
            throw new CliException(ExitCode.WRONG_PIN, wrong, status(kind, left),
                    left == 1 ? "error.wrong-pin-last" : "error.wrong-pin", PinKinds.name(kind), left);
        } catch (PinBlockedException blocked) {
            throw new CliException(ExitCode.PIN_BLOCKED, blocked, status(kind, 0), "error.pin-blocked",
                    PinKinds.name(kind), PinKinds.resetAdvice(kind));
        } catch (LastTryRefusedException refused) {
            throw new CliException(ExitCode.LAST_TRY_REFUSED, refused, status(kind, 1), "error.last-try-refused",
                    PinKinds.name(kind));
        }
    }

    /** The counter as the card's answer gives it; a card claiming more tries than the PIN has is not believed about the maximum. */
    private static PinStatus status(PinReference kind, int remaining) {
        return new PinStatus(kind, remaining, Math.max(remaining, kind.maxTries()));
    }
}
