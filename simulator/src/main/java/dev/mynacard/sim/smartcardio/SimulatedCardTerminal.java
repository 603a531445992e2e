/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.smartcardio;

import dev.mynacard.sim.card.SimulatedCard;
import java.util.Objects;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * A javax.smartcardio reader that holds a {@link SimulatedCard}, for code written against
 * javax.smartcardio that should run without pcscd. It behaves like the JDK's PC/SC provider where
 * a program could tell the difference: one connection at a time ({@link #connect} returns the
 * open one again), T=1 only, the basic channel only, exclusive access per thread, and
 * {@code disconnect(true)} resets the card.
 *
 * <p>The card never leaves this reader: it is always present.
 */
public final class SimulatedCardTerminal extends CardTerminal {
    public static final String DEFAULT_NAME = "mynacard Simulated Reader 00 00";
    private static final String PROTOCOL = "T=1";

    private final String name;
    private final SimulatedCard card;
    private SimulatedCardConnection connection;

    public SimulatedCardTerminal(String name, SimulatedCard card) {
        this.name = Objects.requireNonNull(name, "name");
        this.card = Objects.requireNonNull(card, "card");
    }

    /** A reader called {@value #DEFAULT_NAME}. */
    public SimulatedCardTerminal(SimulatedCard card) {
        this(DEFAULT_NAME, card);
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * Connects with {@code "T=1"} or {@code "*"}; powers the card up if it is off.
     *
     * @throws CardException for {@code "T=0"}, {@code "T=CL"} and {@code "direct"}, which this card
     *     and reader do not offer, or when a connection with another protocol is open
     * @throws IllegalArgumentException for a protocol name javax.smartcardio does not know
     */
    @Override
    public synchronized Card connect(String protocol) throws CardException {
        switch (protocol) {
            case "*", PROTOCOL -> {
                // the card's one protocol
            }
            case "T=0", "T=CL", "direct" -> throw new CardException("the simulated card speaks " + PROTOCOL
                    + " only; it cannot be connected with " + protocol);
            default -> throw new IllegalArgumentException("Unsupported protocol " + protocol);
        }
        if (connection == null || !connection.isConnected()) {
            if (!card.isPowered()) {
                card.powerOn();
            }
            connection = new SimulatedCardConnection(card, PROTOCOL);
        }
        return connection;
    }

    @Override
    public boolean isCardPresent() {
        return true;
    }

    /** Returns {@code true} at once: the card is always in this reader. */
    @Override
    public boolean waitForCardPresent(long timeout) {
        requireTimeout(timeout);
        return true;
    }

    /**
     * The card never leaves this reader: waits for the whole timeout (0 = for ever, as the
     * javax.smartcardio contract says) and returns {@code false}.
     *
     * @throws CardException when the waiting thread is interrupted
     */
    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        requireTimeout(timeout);
        return waitInVain(timeout, "for the card to leave " + name);
    }

    /**
     * Waits for something that never happens here: for {@code timeout} ms, or for ever when it is
     * 0 (the javax.smartcardio convention). Returns {@code false}.
     *
     * @throws CardException when the waiting thread is interrupted
     */
    static boolean waitInVain(long timeout, String what) throws CardException {
        Object never = new Object();
        long deadline = System.currentTimeMillis() + timeout;
        synchronized (never) {
            try {
                long left = timeout;
                while (timeout == 0 || left > 0) {
                    never.wait(timeout == 0 ? 0 : left);
                    left = deadline - System.currentTimeMillis();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CardException("interrupted while waiting " + what, e);
            }
        }
        return false;
    }

    static void requireTimeout(long timeout) {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
    }

    @Override
    public String toString() {
        return "SimulatedCardTerminal[" + name + "]";
    }
}
