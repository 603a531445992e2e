/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.pcsc.PcscConnection;
import dev.mynacard.apdu.pcsc.PcscFailures;
import dev.mynacard.apdu.pcsc.jna.JnaPcscOptions.Disposition;
import java.util.EnumSet;
import java.util.Set;

/**
 * A card connected through {@link JnaPcsc}: one PC/SC context and one card handle of its own.
 *
 * <p>What reaches the card is exactly what the caller sends: no GET RESPONSE after 61xx, no resend
 * after 6Cxx, no change to CLA (wrap the transport in the decorators for that). Responses may be as
 * long as an extended Le asks (65536 data bytes).
 */
public final class JnaPcscTransport implements PcscConnection {
    /** Failures of a disconnect that only say the card or the service is already gone. */
    private static final Set<Reason> ALREADY_GONE = EnumSet.of(
            Reason.CARD_REMOVED, Reason.NO_CARD, Reason.NO_SERVICE, Reason.READER_UNAVAILABLE);

    private final Winscard winscard;
    private final long context;
    private final Winscard.Card card;
    private final String reader;
    private final byte[] atr;
    private final Disposition onClose;
    private boolean closed;

    JnaPcscTransport(Winscard winscard, long context, Winscard.Card card, String reader, byte[] atr,
                     Disposition onClose) {
        this.winscard = winscard;
        this.context = context;
        this.card = card;
        this.reader = reader;
        this.atr = atr;
        this.onClose = onClose;
    }

    @Override
    public String reader() {
        return reader;
    }

    @Override
    public String protocol() {
        return card.protocol() == Winscard.SCARD_PROTOCOL_T1 ? "T=1" : "T=0";
    }

    @Override
    public synchronized byte[] exchange(byte[] command) throws TransportException {
        requireOpen();
        if (command.length < 4 || command.length > Winscard.MAX_COMMAND) {
            throw new TransportException(Reason.PROTOCOL, "A command APDU has 4 to " + Winscard.MAX_COMMAND
                    + " bytes, not " + command.length + " (reader '" + reader + "')");
        }
        byte[] response;
        try {
            response = card.transmit(command);
        } catch (PcscError e) {
            throw JnaPcsc.translate(e, "transmit", reader);
        }
        if (response.length < 2) {
            throw PcscFailures.noAnswer(reader, response.length);
        }
        return response;
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    /** True for T=1, which carries extended-length APDUs; false for T=0. */
    @Override
    public boolean supportsExtendedLength() {
        return card.protocol() == Winscard.SCARD_PROTOCOL_T1;
    }

    /**
     * Starts a PC/SC transaction: until it is closed no other program can send commands to the
     * card (with an exclusive connection none can anyway). Threads of this program are not held
     * back; each of their commands is still sent whole.
     */
    @Override
    public synchronized ExclusiveAccess exclusive() throws TransportException {
        requireOpen();
        try {
            card.beginTransaction();
        } catch (PcscError e) {
            throw JnaPcsc.translate(e, "beginning exclusive access", reader);
        }
        return new ExclusiveAccess() {
            private boolean released;

            @Override
            public void close() throws TransportException {
                synchronized (JnaPcscTransport.this) {
                    if (released || closed) {
                        return;
                    }
                    released = true;
                    try {
                        card.endTransaction(Winscard.SCARD_LEAVE_CARD);
                    } catch (PcscError e) {
                        throw JnaPcsc.translate(e, "ending exclusive access", reader);
                    }
                }
            }
        };
    }

    /**
     * Disconnects, leaving or resetting the card as the {@link JnaPcscOptions} say, and releases
     * the PC/SC context. Closing twice does nothing. A disconnect that fails because the card or
     * the service is already gone is not an error.
     *
     * @throws TransportException when the card is still there but could not be disconnected (or
     *     reset)
     */
    @Override
    public synchronized void close() throws TransportException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            card.disconnect(onClose == Disposition.RESET_CARD ? Winscard.SCARD_RESET_CARD : Winscard.SCARD_LEAVE_CARD);
        } catch (PcscError e) {
            TransportException failure = JnaPcsc.translate(e, "disconnect", reader);
            if (!ALREADY_GONE.contains(failure.reason())) {
                throw failure;
            }
        } finally {
            winscard.releaseContext(context);
        }
    }

    private void requireOpen() throws TransportException {
        if (closed) {
            throw new TransportException(Reason.CLOSED,
                    "The connection to the card (reader '" + reader + "') was already closed");
        }
    }
}
