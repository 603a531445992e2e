/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.time.Duration;
import java.util.List;

/**
 * The readers of the system's PC/SC service, reached through one of two libraries:
 * javax.smartcardio ({@link PcscReaders}, "jdk") or PC/SC called directly through JNA
 * ({@code dev.mynacard.apdu.pcsc.jna.JnaPcsc}, "jna"). {@link PcscBackends#choose} picks one.
 */
public interface PcscBackend {
    /** How long one command may take unless the caller says otherwise: enough for an RSA signature on a slow card. */
    Duration DEFAULT_APDU_TIMEOUT = Duration.ofSeconds(30);

    /** "jdk" or "jna". */
    String name();

    /**
     * All readers, in PC/SC order, each with whether it holds a card.
     *
     * @throws TransportException {@link Reason#NO_READER} when no reader is connected,
     *     {@link Reason#NO_SERVICE} when the PC/SC service is not running
     */
    List<PcscReader> list() throws TransportException;

    /**
     * Finds a reader by its exact name, its name in any case, its 0-based index in {@link #list()},
     * or a case-insensitive part of its name shared by no other reader. A {@code null} or blank
     * selector picks the first reader that holds a card, else the first reader.
     *
     * @throws TransportException {@link Reason#READER_NOT_FOUND} when nothing or more than one
     *     reader matches (the message lists the candidates), {@link Reason#NO_READER} when there
     *     is no reader at all
     */
    default PcscReader find(String selector) throws TransportException {
        return ReaderSelection.select(list(), selector);
    }

    /**
     * Returns as soon as the reader holds a card, waiting up to {@code timeout} for one.
     *
     * @param timeout zero (or less than a millisecond) only looks
     * @throws TransportException {@link Reason#NO_CARD} when no card came in time,
     *     {@link Reason#READER_UNAVAILABLE} when the reader is gone
     */
    void waitForCard(PcscReader reader, Duration timeout) throws TransportException;

    /**
     * Returns as soon as the reader holds no card, waiting up to {@code timeout} for it to be
     * taken out.
     *
     * @param timeout zero (or less than a millisecond) only looks
     * @throws TransportException {@link Reason#TIMEOUT} when the card is still there after the
     *     timeout
     */
    void waitForRemoval(PcscReader reader, Duration timeout) throws TransportException;

    /** {@link #connect(PcscReader, Duration, Duration)} with the {@link #DEFAULT_APDU_TIMEOUT}. */
    default PcscConnection connect(PcscReader reader, Duration cardTimeout) throws TransportException {
        return connect(reader, cardTimeout, DEFAULT_APDU_TIMEOUT);
    }

    /**
     * Waits up to {@code cardTimeout} for a card in the reader, then connects to it with T=1, or
     * with any protocol the card offers when it does not speak T=1.
     *
     * @param cardTimeout how long to wait for a card; zero (or less than a millisecond) does not wait
     * @param apduTimeout how long each command (and each other call on the card) may take: after
     *     it, the call fails with {@link Reason#TIMEOUT}, the connection is abandoned and the
     *     command is never sent again (see {@link CardThread}); above zero, at most a day
     * @throws TransportException {@link Reason#NO_CARD} when no card came in time,
     *     {@link Reason#READER_UNAVAILABLE} when the reader is gone, {@link Reason#READER_IN_USE}
     *     when another program holds it exclusively
     */
    PcscConnection connect(PcscReader reader, Duration cardTimeout, Duration apduTimeout) throws TransportException;
}
