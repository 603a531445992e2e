/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;

/**
 * A card connected through PC/SC (javax.smartcardio), on its basic logical channel.
 *
 * <p>What the JDK does to commands and responses on the way, all of it invisible to the caller:
 * <ul>
 *   <li>It answers 61xx itself: it sends GET RESPONSE (same CLA, Le = xx) until the card stops
 *       answering 61xx, and returns the concatenated data with the last status word. A decorator
 *       that does the same finds nothing left to do.</li>
 *   <li>It answers 6Cxx itself by resending the command with Le = xx. It writes xx over the last
 *       byte of the command, which is the Le only for case 2 and 4 commands; a card that answers a
 *       case 1 or 3 command with 6Cxx would see its P2 or last data byte altered.</li>
 *   <li>It forces the logical-channel bits of an interindustry CLA to channel 0 and refuses
 *       MANAGE CHANNEL ({@link Reason#PROTOCOL}): logical channels are not available here.</li>
 *   <li>On T=0 it drops the Le of a case 4 command (the card answers 61xx, see above) and refuses
 *       extended-length commands ({@link Reason#PROTOCOL}). {@link #supportsExtendedLength()} therefore
 *       says {@code true} for T=1 (what contact readers, and contactless readers, which present
 *       the card as T=1, negotiate with a My Number Card) and {@code false} for T=0.</li>
 *   <li>Its native code receives at most 8192 bytes per command, status word included: an
 *       extended Le above 8190 must not be answered in full, or the exchange fails with
 *       {@link Reason#PROTOCOL} ({@code SCARD_E_INSUFFICIENT_BUFFER}).</li>
 * </ul>
 *
 * <p>The JDK keeps one connection per reader and JVM: a second {@code connect} to the same reader
 * in the same JVM returns the same card connection, and closing either closes both. Once it has
 * seen the card pulled, it never disconnects that connection: pcscd counts the leftover handle
 * against every exclusive connection to the reader (another program's, or the JNA backend's in
 * this JVM) until the JVM exits.
 *
 * <p>Every call on the card runs on the connection's own {@link CardThread} and waits at most the
 * APDU timeout. While a card that stopped answering keeps that thread blocked, every other call on
 * javax.smartcardio in this JVM would block too (it has one PC/SC context); {@link PcscReaders}
 * refuses them instead ({@link Reason#TIMEOUT}) until the card answers or is taken out.
 */
public final class PcscTransport implements PcscConnection {
    /** One native response (at most 8192 bytes) followed by 256 GET RESPONSE answers of 256 bytes. */
    private static final int RESPONSE_CAPACITY = 8192 + 256 * 256;

    private final String reader;
    private final Card card;
    private final byte[] atr;
    private final ByteBuffer response = ByteBuffer.allocate(RESPONSE_CAPACITY);
    private final CardThread thread;
    private boolean closed;

    PcscTransport(String reader, Card card, Duration apduTimeout) {
        this.reader = reader;
        this.card = card;
        this.atr = card.getATR().getBytes();
        this.thread = new CardThread("jdk", reader, apduTimeout, this::resetQuietly);
    }

    @Override
    public String reader() {
        return reader;
    }

    @Override
    public String protocol() {
        return card.getProtocol();
    }

    /**
     * Sends one command and waits at most the APDU timeout for the answer.
     *
     * @throws TransportException {@link Reason#TIMEOUT} when the card did not answer in time: the
     *     connection is then abandoned (see {@link CardThread}) and every later call fails the same way
     */
    @Override
    public byte[] exchange(byte[] command) throws TransportException {
        return thread.call("the command", () -> transmit(command));
    }

    private byte[] transmit(byte[] command) throws TransportException {
        response.clear();
        try {
            int length = card.getBasicChannel().transmit(ByteBuffer.wrap(command), response);
            if (length < 2) {
                throw PcscFailures.noAnswer(reader, length);
            }
            return Arrays.copyOf(response.array(), length);
        } catch (CardException | IllegalStateException e) {
            throw PcscFailures.translate(e, "transmit", reader);
        } catch (IllegalArgumentException | BufferOverflowException e) {
            throw new TransportException(Reason.PROTOCOL, "javax.smartcardio refused the command or its"
                    + " response (reader '" + reader + "'): " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public boolean supportsExtendedLength() {
        return "T=1".equals(card.getProtocol());
    }

    /**
     * Starts a PC/SC transaction: until it is closed no other program can send commands to the
     * card. Any thread of this program may use the connection and close the transaction meanwhile.
     */
    @Override
    public ExclusiveAccess exclusive() throws TransportException {
        onCard("beginning exclusive access", card::beginExclusive);
        return new ExclusiveAccess() {
            private boolean released;

            @Override
            public void close() throws TransportException {
                if (released || thread.abandoned()) {
                    return;
                }
                released = true;
                onCard("ending exclusive access", card::endExclusive);
            }
        };
    }

    /**
     * Disconnects, leaving the card as it is (no reset). Closing twice does nothing. After a
     * timeout it returns at once; the card is reset once it answers or is taken out.
     */
    @Override
    public synchronized void close() throws TransportException {
        if (closed) {
            return;
        }
        closed = true;
        thread.close(() -> {
            translated("disconnect", () -> card.disconnect(false));
            return null;
        });
    }

    /** A javax.smartcardio call on the connection's thread, within the APDU timeout. */
    private void onCard(String action, JdkCall call) throws TransportException {
        thread.call(action, () -> {
            translated(action, call);
            return null;
        });
    }

    private void translated(String action, JdkCall call) throws TransportException {
        try {
            call.run();
        } catch (CardException | IllegalStateException e) {
            throw PcscFailures.translate(e, action, reader);
        }
    }

    private interface JdkCall {
        void run() throws CardException;
    }

    private void resetQuietly() {
        try {
            card.disconnect(true);
        } catch (CardException | RuntimeException gone) {
            // the card was taken out or the service is gone: nothing is left to reset
        }
    }
}
