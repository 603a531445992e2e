/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportException;
import java.util.Objects;

/**
 * An in-process transport to a {@link VirtualCard}: no reader, no PC/SC, extended length carried.
 * Each command is handed over as a copy, so the caller may wipe its array at once.
 */
public final class VirtualCardTransport implements CardTransport {
    private final VirtualCard card;
    private volatile boolean closed;

    public VirtualCardTransport(VirtualCard card) {
        this.card = Objects.requireNonNull(card, "card");
    }

    /**
     * @throws TransportException CLOSED after {@link #close()}; NO_CARD when the card refuses to
     *     work with an {@link IllegalStateException} (e.g. it is powered off)
     */
    @Override
    public byte[] exchange(byte[] command) throws TransportException {
        if (closed) {
            throw new TransportException(TransportException.Reason.CLOSED, "the transport is closed");
        }
        try {
            return card.process(command.clone());
        } catch (IllegalStateException unusable) {
            throw new TransportException(TransportException.Reason.NO_CARD, unusable.getMessage(), unusable);
        }
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public boolean supportsExtendedLength() {
        return true;
    }

    @Override
    public void close() {
        closed = true;
    }
}
