/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.io.IOException;

/**
 * The one way to talk to a card: a single exchange of bytes. Everything else (GET RESPONSE, Le
 * correction, tracing, recording) is added by wrapping a transport in a {@link TransportDecorator}.
 */
public interface CardTransport extends AutoCloseable {

    /** Sends one command APDU in wire form and returns the card's response in wire form. */
    byte[] exchange(byte[] command) throws IOException;

    /** The card's answer to reset. */
    byte[] atr();

    /** Whether the path to the card carries extended-length APDUs. */
    boolean supportsExtendedLength();

    /**
     * Holds the card for one multi-APDU operation, so that no other process can select another
     * application in between. The default does nothing (a transport only this process can reach).
     */
    default ExclusiveAccess exclusive() throws IOException {
        return () -> { };
    }

    /** Sends a command and wraps the response. */
    default ResponseApdu transmit(CommandApdu command) throws IOException {
        return new ResponseApdu(exchange(command.encode()));
    }

    @Override
    void close() throws IOException;

    /** Exclusive access to the card, released by {@link #close()}. */
    interface ExclusiveAccess extends AutoCloseable {
        @Override
        void close() throws IOException;
    }
}
