/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.vpcd.VpcdFrames;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A card held to a phone that runs the Remote Smart Card Reader app, reached over the app's TCP
 * connection in vpcd frames; this side plays vpcd's part (the reader). Obtained from
 * {@link BridgeListener#awaitCard} or {@link BridgeConnector#connect}.
 *
 * <p>Each {@link #exchange} sends the command once and waits at most
 * {@link BridgeOptions#apduTimeout()} for the whole answer. Any failure — the phone silent, the
 * connection dropped (which is how the app reports a card that left the field: it closes the
 * connection), a malformed answer — closes the connection for good: a late answer can never be
 * taken for the answer to a later command, and no command is ever sent a second time, so a
 * VERIFY, CHANGE REFERENCE DATA or signature is never repeated behind the caller's back. Every
 * later call fails with the same reason; the user taps the card again and the operation starts over.
 */
public final class BridgeTransport implements CardTransport {
    /** ISO/IEC 7816-3: TS, T0, up to 15 interface and 15 historical bytes, TCK; the app's are 5 + historical bytes. */
    static final int MAX_ATR = 33;
    private static final byte[] POWER_ON = {0x01};
    private static final byte[] GET_ATR = {0x04};
    private static final byte[] POWER_OFF = {0x00};

    private final PhoneLink link;
    private final BridgeOptions options;
    private final byte[] atr;
    private final Runnable onClose;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile TransportException failure;
    private volatile boolean closed;

    private BridgeTransport(PhoneLink link, BridgeOptions options, byte[] atr, Runnable onClose) {
        this.link = link;
        this.options = options;
        this.atr = atr;
        this.onClose = onClose;
    }

    /**
     * Powers the card up and asks for its ATR, as vpcd does when a card connects. On failure the
     * link is closed and {@code onClose} has run.
     *
     * @param wait how long the ATR may take
     * @param onClose runs once when the connection ends (closed or failed)
     */
    static BridgeTransport open(PhoneLink link, BridgeOptions options, Duration wait, Runnable onClose)
            throws TransportException {
        try {
            link.send(POWER_ON, GET_ATR);
            byte[] atr = link.receive(wait, "the card's ATR");
            if (atr.length < 2 || atr.length > MAX_ATR || (atr[0] != 0x3B && atr[0] != 0x3F)) {
                throw new TransportException(Reason.PROTOCOL, "the phone answered the ATR request with "
                        + describe(atr) + ", which is not an ATR (2–" + MAX_ATR + " bytes starting with 3B or 3F)");
            }
            return new BridgeTransport(link, options, atr, onClose);
        } catch (TransportException e) {
            link.close();
            onClose.run();
            throw e;
        }
    }

    /** The phone's address and port. */
    public String peer() {
        return link.peer();
    }

    /**
     * Sends one command and returns the card's answer, waiting at most the APDU timeout.
     *
     * @param command a command APDU in wire form, 4–65535 bytes
     * @throws TransportException {@link Reason#TIMEOUT} (the phone did not answer in time),
     *     {@link Reason#CARD_REMOVED} (the phone closed the connection: card lost or app stopped),
     *     {@link Reason#PROTOCOL} (a malformed answer, or data nobody asked for),
     *     {@link Reason#CLOSED} (closed by this program); after any of them the connection is closed
     */
    @Override
    public byte[] exchange(byte[] command) throws TransportException {
        if (command.length < 4 || command.length > VpcdFrames.MAX_PAYLOAD) {
            throw new IllegalArgumentException("a command APDU has 4–65535 bytes, not " + command.length);
        }
        lock.lock();
        try {
            ensureOpen();
            try {
                int stray = link.unsolicited();
                if (stray > 0) {
                    throw new TransportException(Reason.PROTOCOL, "the phone sent " + stray
                            + " bytes that no command asked for; the command was not sent");
                }
                link.send(command);
                byte[] response = link.receive(options.apduTimeout(), "an answer");
                if (response.length < 2) {
                    throw new TransportException(Reason.PROTOCOL, "the phone answered with " + describe(response)
                            + ", which is not a response APDU (at least the 2 status bytes)");
                }
                return response;
            } catch (TransportException e) {
                throw fail(e);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    /** What {@link BridgeOptions#extendedLength()} says: the phone does not tell. */
    @Override
    public boolean supportsExtendedLength() {
        return options.extendedLength();
    }

    /** Whether commands can still be sent: not closed, no failure yet. */
    public boolean isOpen() {
        return !closed && failure == null;
    }

    /**
     * Ends the connection. When it is healthy and idle the card is powered down first (the app
     * then selects the MF, which ends any verified PIN state, in case the card stays at the phone).
     * Safe from any thread: an exchange blocked meanwhile ends with {@link Reason#CLOSED}. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (failure == null && lock.tryLock()) {
            try {
                link.send(POWER_OFF);
            } catch (TransportException ignored) {
                // the phone is gone already; closing is all that is left
            } finally {
                lock.unlock();
            }
        }
        link.close();
        onClose.run();
    }

    private void ensureOpen() throws TransportException {
        if (closed) {
            throw new TransportException(Reason.CLOSED, "the connection to the phone was closed by this program");
        }
        TransportException earlier = failure;
        if (earlier != null) {
            throw new TransportException(earlier.reason(), "the connection to the phone ended after an earlier failure ("
                    + earlier.getMessage() + "); hold the card to the phone and start again");
        }
    }

    /** Closes the connection for good after a failure and returns what to throw. */
    private TransportException fail(TransportException cause) {
        if (cause.reason() == Reason.CLOSED || closed) {
            return cause;
        }
        TransportException told = new TransportException(cause.reason(), cause.getMessage()
                + "; the connection to the phone is closed and the command is not sent again", cause.getCause());
        failure = told;
        link.close();
        onClose.run();
        return told;
    }

    private static String describe(byte[] bytes) {
        return bytes.length == 1
                ? "the single byte " + HexFormat.of().withUpperCase().toHexDigits(bytes[0])
                : bytes.length + " bytes";
    }
}
