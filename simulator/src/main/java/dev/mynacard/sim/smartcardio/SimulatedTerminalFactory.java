/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.smartcardio;

import dev.mynacard.sim.card.SimulatedCard;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * A javax.smartcardio {@link TerminalFactory} whose only reader is a {@link SimulatedCardTerminal},
 * for programs that take a {@code TerminalFactory} (where they would otherwise use
 * {@code TerminalFactory.getDefault()}): {@code SimulatedTerminalFactory.of(card).terminals().list()}.
 */
public final class SimulatedTerminalFactory extends TerminalFactorySpi {
    /** The factory type, as {@link TerminalFactory#getType()} reports it. */
    public static final String TYPE = "MynacardSimulator";
    private static final Provider PROVIDER = new SimulatorProvider();

    private final CardTerminals terminals;

    /**
     * Called by the JCA through {@link TerminalFactory#getInstance(String, Object, Provider)};
     * use {@link #of(SimulatedCardTerminal)} instead.
     *
     * @param parameter the {@link SimulatedCardTerminal} to list
     */
    public SimulatedTerminalFactory(Object parameter) {
        if (!(parameter instanceof SimulatedCardTerminal terminal)) {
            throw new IllegalArgumentException("the parameter must be a SimulatedCardTerminal, not " + parameter);
        }
        this.terminals = new SimulatedCardTerminals(terminal);
    }

    /** A factory listing {@code terminal} as its only reader. */
    public static TerminalFactory of(SimulatedCardTerminal terminal) {
        try {
            return TerminalFactory.getInstance(TYPE, terminal, PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the simulator's own provider failed", e);
        }
    }

    /** A factory listing one reader, {@value SimulatedCardTerminal#DEFAULT_NAME}, that holds {@code card}. */
    public static TerminalFactory of(SimulatedCard card) {
        return of(new SimulatedCardTerminal(card));
    }

    @Override
    protected CardTerminals engineTerminals() {
        return terminals;
    }

    private static final class SimulatorProvider extends Provider {
        private static final long serialVersionUID = 1L;

        SimulatorProvider() {
            super(TYPE, "1.0", "mynacard simulated card reader for javax.smartcardio");
            putService(new Service(this, "TerminalFactory", TYPE, SimulatedTerminalFactory.class.getName(), null, null));
        }
    }
}
