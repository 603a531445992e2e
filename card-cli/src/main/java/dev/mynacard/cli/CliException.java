/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.core.pin.PinStatus;
import java.util.Optional;

/**
 * A failure to report to the user: its exit code and its message, still to be put in a language.
 * Messages never hold a PIN, a 個人番号 or anything else read from the card.
 */
public final class CliException extends Exception {
    private final ExitCode exitCode;
    private final transient PinStatus pin;
    private final Messages.Text text;

    public CliException(ExitCode exitCode, String key, Object... args) {
        this(exitCode, null, key, args);
    }

    public CliException(ExitCode exitCode, Throwable cause, String key, Object... args) {
        this(exitCode, cause, null, key, args);
    }

    /** @param pin the counter of the PIN the card refused or that was not sent, for the JSON error */
    public CliException(ExitCode exitCode, Throwable cause, PinStatus pin, String key, Object... args) {
        super(key, cause);
        this.exitCode = exitCode;
        this.pin = pin;
        this.text = new Messages.Text(key, args);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** The counter of the PIN this failure is about, if it is about one. */
    public Optional<PinStatus> pin() {
        return Optional.ofNullable(pin);
    }

    public Messages.Text text() {
        return text;
    }
}
