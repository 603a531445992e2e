/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.option;

import dev.mynacard.cli.Messages.Text;
import picocli.CommandLine.TypeConversionException;

/**
 * A value a converter refuses, with why in a message of the bundles, so that the error comes in the
 * language of {@code --lang} (the exception's own message is the key, for picocli's log).
 */
public final class InvalidValueException extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final transient Text why;

    /** @param args the message's arguments; never a value that could be a PIN */
    public InvalidValueException(String key, Object... args) {
        super(key);
        this.why = new Text(key, args);
    }

    public Text why() {
        return why;
    }
}
