/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.smartcardio;

import dev.mynacard.sim.card.SimulatedCard;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;

/** A connection to the card in a {@link SimulatedCardTerminal}, until {@link #disconnect}. */
final class SimulatedCardConnection extends Card {
    private static final byte[] MANAGE_CHANNEL_OPEN = {0x00, 0x70, 0x00, 0x00, 0x01};

    private final SimulatedCard card;
    private final String protocol;
    private final SimulatedBasicChannel basicChannel;
    private volatile boolean connected = true;
    private volatile Thread exclusiveThread;

    SimulatedCardConnection(SimulatedCard card, String protocol) {
        this.card = card;
        this.protocol = protocol;
        this.basicChannel = new SimulatedBasicChannel(this);
    }

    @Override
    public ATR getATR() {
        return new ATR(card.atr());
    }

    @Override
    public String getProtocol() {
        return protocol;
    }

    @Override
    public CardChannel getBasicChannel() {
        requireConnected();
        return basicChannel;
    }

    /**
     * Asks the card for a logical channel as the JDK does, with MANAGE CHANNEL; the My Number
     * Card has none and answers 6881.
     */
    @Override
    public CardChannel openLogicalChannel() throws CardException {
        requireConnected();
        checkExclusive();
        byte[] response = process(MANAGE_CHANNEL_OPEN);
        throw new CardException("openLogicalChannel() failed, card response: SW "
                + String.format("%02X%02X", response[response.length - 2], response[response.length - 1]));
    }

    @Override
    public synchronized void beginExclusive() throws CardException {
        requireConnected();
        Thread holder = exclusiveThread;
        if (holder != null) {
            throw new CardException("Exclusive access has already been assigned to thread " + holder.getName());
        }
        exclusiveThread = Thread.currentThread();
    }

    @Override
    public synchronized void endExclusive() {
        requireConnected();
        if (exclusiveThread != Thread.currentThread()) {
            throw new IllegalStateException("Exclusive access not assigned to the current thread");
        }
        exclusiveThread = null;
    }

    /** The simulated reader understands no control codes. */
    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        requireConnected();
        throw new CardException("the simulated reader supports no control command (code " + controlCode + ")");
    }

    /** Ends the connection; with {@code reset} the card is reset (selections and verified PINs end). */
    @Override
    public synchronized void disconnect(boolean reset) {
        if (!connected) {
            return;
        }
        connected = false;
        exclusiveThread = null;
        if (reset) {
            card.reset();
        }
    }

    boolean isConnected() {
        return connected;
    }

    void requireConnected() {
        if (!connected) {
            throw new IllegalStateException("Card has been disconnected");
        }
    }

    /** Like the JDK: while one thread has exclusive access, the others' commands fail. */
    void checkExclusive() throws CardException {
        Thread holder = exclusiveThread;
        if (holder != null && holder != Thread.currentThread()) {
            throw new CardException("Exclusive access established by another Thread");
        }
    }

    /** One command to the card; a card powered off by another user of it is a failed transmit. */
    byte[] process(byte[] command) throws CardException {
        try {
            return card.process(command);
        } catch (IllegalStateException poweredOff) {
            throw new CardException("the simulated card is powered off", poweredOff);
        }
    }

    @Override
    public String toString() {
        return "SimulatedCardConnection[" + protocol + (connected ? "" : ", disconnected") + "]";
    }
}
