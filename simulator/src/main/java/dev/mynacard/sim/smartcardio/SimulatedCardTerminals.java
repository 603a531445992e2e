/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.smartcardio;

import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/** The one reader of a {@link SimulatedTerminalFactory}: its card is present from the start and never leaves. */
final class SimulatedCardTerminals extends CardTerminals {
    private final SimulatedCardTerminal terminal;

    SimulatedCardTerminals(SimulatedCardTerminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public List<CardTerminal> list(State state) {
        return switch (state) {
            case ALL, CARD_PRESENT -> List.of(terminal);
            // No card is ever inserted or removed, so no waitForChange() sees one come or go.
            case CARD_ABSENT, CARD_INSERTION, CARD_REMOVAL -> List.of();
        };
    }

    /** Nothing ever changes: waits for the whole timeout (0 = for ever) and returns {@code false}. */
    @Override
    public boolean waitForChange(long timeout) throws CardException {
        SimulatedCardTerminal.requireTimeout(timeout);
        return SimulatedCardTerminal.waitInVain(timeout, "for a card to come or go in " + terminal.getName());
    }
}
