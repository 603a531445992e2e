/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

/**
 * A failure to report to the user: its exit code and its message, still to be put in a language.
 * Messages never hold a PIN, a 個人番号 or anything else read from the card.
 */
public final class CliException extends Exception {
    private final ExitCode exitCode;
    private final Messages.Text text;

    public CliException(ExitCode exitCode, String key, Object... args) {
        this(exitCode, null, key, args);
    }

    public CliException(ExitCode exitCode, Throwable cause, String key, Object... args) {
        super(key, cause);
        this.exitCode = exitCode;
        this.text = new Messages.Text(key, args);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public Messages.Text text() {
        return text;
    }
}
