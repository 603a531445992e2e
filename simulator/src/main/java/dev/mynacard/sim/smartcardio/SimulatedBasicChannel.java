/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.smartcardio;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The basic logical channel of a {@link SimulatedCardConnection}. Commands go to the card as the
 * JDK's PC/SC provider would send them: MANAGE CHANNEL is refused, and the channel bits of an
 * interindustry class byte are set to channel 0. (The JDK also follows 61xx and 6Cxx; the
 * simulated card answers every command in full, so there is nothing to follow.)
 */
final class SimulatedBasicChannel extends CardChannel {
    /** What the JDK requires of a response buffer: room for a 256-byte answer and its status word. */
    private static final int MIN_RESPONSE_BUFFER = 258;
    private static final int INS_MANAGE_CHANNEL = 0x70;

    private final SimulatedCardConnection connection;

    SimulatedBasicChannel(SimulatedCardConnection connection) {
        this.connection = connection;
    }

    @Override
    public Card getCard() {
        return connection;
    }

    @Override
    public int getChannelNumber() {
        connection.requireConnected();
        return 0;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        return new ResponseAPDU(exchange(command.getBytes()));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        if (command == null || response == null) {
            throw new NullPointerException("command and response buffers are required");
        }
        if (response.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (command == response) {
            throw new IllegalArgumentException("command and response must not be the same buffer");
        }
        if (response.remaining() < MIN_RESPONSE_BUFFER) {
            throw new IllegalArgumentException("Insufficient space in response buffer: at least "
                    + MIN_RESPONSE_BUFFER + " bytes are needed");
        }
        byte[] bytes = new byte[command.remaining()];
        command.get(bytes);
        byte[] answer = exchange(bytes);
        response.put(answer);
        return answer.length;
    }

    private byte[] exchange(byte[] command) throws CardException {
        connection.requireConnected();
        connection.checkExclusive();
        if (command.length < 4) {
            throw new IllegalArgumentException("Command APDU must be at least 4 bytes long");
        }
        boolean interindustry = (command[0] & 0x80) == 0;
        if (interindustry && (command[1] & 0xFF) == INS_MANAGE_CHANNEL) {
            throw new IllegalArgumentException("Manage channel command not allowed, use openLogicalChannel()");
        }
        // As the JDK does for channel 0: clear the channel bits (and the further-interindustry bit)
        // of any interindustry class but the reserved 0x2X.
        if (interindustry && (command[0] & 0xE0) != 0x20) {
            command[0] &= (byte) 0xBC;
        }
        return connection.process(command);
    }

    /** The basic channel cannot be closed. */
    @Override
    public void close() {
        throw new IllegalStateException("Cannot close basic logical channel");
    }
}
