/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.pcsc.CardThread;
import dev.mynacard.apdu.pcsc.PcscConnection;
import dev.mynacard.apdu.pcsc.PcscFailures;
import dev.mynacard.apdu.pcsc.jna.JnaPcscOptions.Disposition;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * A card connected through {@link JnaPcsc}: one PC/SC context and one card handle of its own.
 *
 * <p>What reaches the card is exactly what the caller sends: no GET RESPONSE after 61xx, no resend
 * after 6Cxx, no change to CLA (wrap the transport in the decorators for that). Responses may be as
 * long as an extended Le asks (65536 data bytes).
 *
 * <p>Every call on the card runs on the connection's own {@link CardThread} and waits at most the
 * APDU timeout; after a timeout the connection is abandoned, and once the card answers or is taken
 * out that thread disconnects resetting the card and releases the context.
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
    private final CardThread thread;
    private volatile boolean closed;

    JnaPcscTransport(Winscard winscard, long context, Winscard.Card card, String reader, byte[] atr,
                     Disposition onClose, Duration apduTimeout) {
        this.winscard = winscard;
        this.context = context;
        this.card = card;
        this.reader = reader;
        this.atr = atr;
        this.onClose = onClose;
        this.thread = new CardThread("jna", reader, apduTimeout, this::resetAndRelease);
    }

    @Override
    public String reader() {
        return reader;
    }

    @Override
    public String protocol() {
        return card.protocol() == Winscard.SCARD_PROTOCOL_T1 ? "T=1" : "T=0";
    }

    /**
     * Sends one command and waits at most the APDU timeout for the answer.
     *
     * @throws TransportException {@link Reason#TIMEOUT} when the card did not answer in time: the
     *     connection is then abandoned and every later call fails the same way
     */
    @Override
    public byte[] exchange(byte[] command) throws TransportException {
        requireOpen();
        if (command.length < 4 || command.length > Winscard.MAX_COMMAND) {
            throw new TransportException(Reason.PROTOCOL, "A command APDU has 4 to " + Winscard.MAX_COMMAND
                    + " bytes, not " + command.length + " (reader '" + reader + "')");
        }
        byte[] response = onCard("the command", "transmit", () -> card.transmit(command));
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
    public ExclusiveAccess exclusive() throws TransportException {
        requireOpen();
        onCard("beginning exclusive access", "beginning exclusive access", () -> {
            card.beginTransaction();
            return null;
        });
        return new ExclusiveAccess() {
            private boolean released;

            @Override
            public synchronized void close() throws TransportException {
                if (released || closed || thread.abandoned()) {
                    return;
                }
                released = true;
                onCard("ending exclusive access", "ending exclusive access", () -> {
                    card.endTransaction(Winscard.SCARD_LEAVE_CARD);
                    return null;
                });
            }
        };
    }

    /**
     * Disconnects, leaving or resetting the card as the {@link JnaPcscOptions} say, and releases
     * the PC/SC context. Closing twice does nothing. A disconnect that fails because the card or
     * the service is already gone is not an error. After a timeout it returns at once: the
     * connection's thread resets the card and releases the context once the card answers or is
     * taken out.
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
        thread.close(() -> {
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
            return null;
        });
    }

    private void resetAndRelease() {
        try {
            card.disconnect(Winscard.SCARD_RESET_CARD);
        } catch (PcscError gone) {
            // the card was taken out or the service is gone: nothing is left to reset
        } finally {
            winscard.releaseContext(context);
        }
    }

    /** A native call on the connection's thread, within the APDU timeout. */
    private <T> T onCard(String what, String action, NativeCall<T> call) throws TransportException {
        return thread.call(what, () -> {
            try {
                return call.run();
            } catch (PcscError e) {
                throw JnaPcsc.translate(e, action, reader);
            }
        });
    }

    private interface NativeCall<T> {
        T run() throws PcscError;
    }

    private void requireOpen() throws TransportException {
        if (closed) {
            throw new TransportException(Reason.CLOSED,
                    "The connection to the card (reader '" + reader + "') was already closed");
        }
    }
}
