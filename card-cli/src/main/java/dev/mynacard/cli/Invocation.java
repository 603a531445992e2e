/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.cli.card.CardAccess;
import dev.mynacard.cli.output.Output;
import dev.mynacard.cli.pin.PinReader;
import dev.mynacard.core.pin.LastTry;

/** One run of a command: its options, its streams, where its output goes, and how it reaches the card and the PINs. */
public final class Invocation {
    private final GlobalOptions options;
    private final Io io;
    private final Output output;
    private final CardAccess cards;
    private final PinReader pins;

    Invocation(GlobalOptions options, Io io, Output output) {
        this.options = options;
        this.io = io;
        this.output = output;
        this.cards = new CardAccess(options, io, output);
        this.pins = new PinReader(io, output.messages(), options.pinStdin());
    }

    public GlobalOptions options() {
        return options;
    }

    public Io io() {
        return io;
    }

    public Output output() {
        return output;
    }

    public Messages messages() {
        return output.messages();
    }

    public CardAccess cards() {
        return cards;
    }

    public PinReader pins() {
        return pins;
    }

    /** Whether a PIN with one try left may be sent (--allow-last-try). */
    public LastTry lastTry() {
        return options.lastTry();
    }
}
