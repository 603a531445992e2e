/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * The readers of the system's PC/SC service (pcscd on Linux, the Smart Card service on Windows,
 * CryptoTokenKit on macOS), reached through javax.smartcardio.
 *
 * <p>The JDK opens one PC/SC context per JVM and keeps it: when pcscd restarts while the program
 * runs, every later call fails with {@link Reason#NO_SERVICE} until the program is restarted.
 * Waiting for a card blocks in native code and cannot be interrupted; give it a timeout. While a
 * card that stopped answering holds that context, every call fails at once with
 * {@link Reason#TIMEOUT} instead of waiting with it (see {@link PcscTransport}).
 */
public final class PcscReaders implements PcscBackend {
    private final CardTerminals terminals;

    private PcscReaders(CardTerminals terminals) {
        this.terminals = terminals;
    }

    /**
     * Connects to the PC/SC service.
     *
     * @throws TransportException {@link Reason#NO_SERVICE} when the PC/SC library is missing or the
     *     service is not running
     */
    public static PcscReaders open() throws TransportException {
        TerminalFactory factory = TerminalFactory.getDefault();
        if ("None".equals(factory.getType())) {
            // The default factory is chosen once per JVM and silently falls back to "None" when
            // PC/SC was unreachable at that moment; asking again both retries and tells why.
            try {
                factory = TerminalFactory.getInstance("PC/SC", null);
            } catch (NoSuchAlgorithmException | RuntimeException e) {
                throw noService(e);
            }
        }
        return new PcscReaders(factory.terminals());
    }

    private static TransportException noService(Exception e) {
        if (PcscFailures.codeIn(e).isPresent()) {
            return PcscFailures.translate(e, "connecting to the PC/SC service", null);
        }
        return new TransportException(Reason.NO_SERVICE, "No PC/SC service: the PC/SC library (libpcsclite)"
                + " could not be loaded; install pcscd and libpcsclite, or set the system property"
                + " sun.security.smartcardio.library to the library's path", e);
    }

    /** "jdk". */
    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public List<PcscReader> list() throws TransportException {
        requireUnblocked();
        List<CardTerminal> all;
        try {
            all = terminals.list();
        } catch (CardException e) {
            throw PcscFailures.translate(e, "listing readers", null);
        }
        List<PcscReader> readers = new ArrayList<>(all.size());
        for (CardTerminal terminal : all) {
            try {
                readers.add(new PcscReader(readers.size(), terminal.getName(), terminal.isCardPresent()));
            } catch (CardException e) {
                throw PcscFailures.translate(e, "reading the card status", terminal.getName());
            }
        }
        return List.copyOf(readers);
    }

    @Override
    public void waitForCard(PcscReader reader, Duration timeout) throws TransportException {
        CardTerminal terminal = terminal(reader);
        long millis = timeout.toMillis();
        try {
            // waitForCardPresent(0) would wait for ever.
            boolean present = millis > 0 ? terminal.waitForCardPresent(millis) : terminal.isCardPresent();
            if (!present) {
                throw new TransportException(Reason.NO_CARD, "No card in the reader '" + reader.name() + "'"
                        + (millis > 0 ? " after waiting " + millis + " ms" : ""));
            }
        } catch (CardException e) {
            throw PcscFailures.translate(e, "waiting for a card", reader.name());
        }
    }

    @Override
    public void waitForRemoval(PcscReader reader, Duration timeout) throws TransportException {
        CardTerminal terminal = terminal(reader);
        long millis = timeout.toMillis();
        try {
            boolean absent = millis > 0 ? terminal.waitForCardAbsent(millis) : !terminal.isCardPresent();
            if (!absent) {
                throw new TransportException(Reason.TIMEOUT, "The card is still in the reader '" + reader.name()
                        + "'" + (millis > 0 ? " after waiting " + millis + " ms for its removal" : ""));
            }
        } catch (CardException e) {
            throw PcscFailures.translate(e, "waiting for the card's removal", reader.name());
        }
    }

    @Override
    public PcscTransport connect(PcscReader reader, Duration cardTimeout) throws TransportException {
        return connect(reader, cardTimeout, DEFAULT_APDU_TIMEOUT);
    }

    @Override
    public PcscTransport connect(PcscReader reader, Duration cardTimeout, Duration apduTimeout)
            throws TransportException {
        CardThread.requirePositive(apduTimeout);
        waitForCard(reader, cardTimeout);
        return new PcscTransport(reader.name(), connectCard(terminal(reader)), apduTimeout);
    }

    /**
     * Refuses to call javax.smartcardio while a card that stopped answering holds its one PC/SC
     * context: the call would wait for that card too, and hold up PC/SC for the whole program.
     */
    private static void requireUnblocked() throws TransportException {
        List<String> blocked = CardThread.blockedReaders("jdk");
        if (!blocked.isEmpty()) {
            throw new TransportException(Reason.TIMEOUT, "javax.smartcardio is still waiting for the card in the reader '"
                    + blocked.get(0) + "', which stopped answering: until it answers or is taken out it cannot be"
                    + " used in this program (the JNA backend can)");
        }
    }

    private CardTerminal terminal(PcscReader reader) throws TransportException {
        requireUnblocked();
        CardTerminal terminal = terminals.getTerminal(reader.name());
        if (terminal == null) {
            throw new TransportException(Reason.READER_UNAVAILABLE,
                    "The reader '" + reader.name() + "' is no longer available: it was unplugged or switched off");
        }
        return terminal;
    }

    private static Card connectCard(CardTerminal terminal) throws TransportException {
        try {
            return terminal.connect("T=1");
        } catch (CardException e) {
            if (!PcscFailures.codeIn(e).filter("SCARD_E_PROTO_MISMATCH"::equals).isPresent()) {
                throw PcscFailures.translate(e, "connecting", terminal.getName());
            }
        }
        try {
            return terminal.connect("*");
        } catch (CardException e) {
            throw PcscFailures.translate(e, "connecting", terminal.getName());
        }
    }
}
