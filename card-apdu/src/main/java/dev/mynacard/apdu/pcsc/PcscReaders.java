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
 * Waiting for a card blocks in native code and cannot be interrupted; give it a timeout.
 */
public final class PcscReaders {
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

    /**
     * All readers, in PC/SC order, each with whether it holds a card.
     *
     * @throws TransportException {@link Reason#NO_READER} when no reader is connected
     */
    public List<PcscReader> list() throws TransportException {
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

    /**
     * Finds a reader by its exact name, its name in any case, its 0-based index in {@link #list()},
     * or a case-insensitive part of its name shared by no other reader. A {@code null} or blank
     * selector picks the first reader that holds a card, else the first reader.
     *
     * @throws TransportException {@link Reason#READER_NOT_FOUND} when nothing or more than one
     *     reader matches (the message lists the candidates), {@link Reason#NO_READER} when there
     *     is no reader at all
     */
    public PcscReader find(String selector) throws TransportException {
        return ReaderSelection.select(list(), selector);
    }

    /**
     * Waits up to {@code cardTimeout} for a card in the reader, then connects to it with T=1, or
     * with any protocol the card offers when it does not speak T=1.
     *
     * @param cardTimeout how long to wait for a card; zero (or less than a millisecond) does not wait
     * @throws TransportException {@link Reason#NO_CARD} when no card came in time,
     *     {@link Reason#READER_UNAVAILABLE} when the reader is gone, {@link Reason#READER_IN_USE}
     *     when another program holds it exclusively
     */
    public PcscTransport connect(PcscReader reader, Duration cardTimeout) throws TransportException {
        String name = reader.name();
        CardTerminal terminal = terminals.getTerminal(name);
        if (terminal == null) {
            throw new TransportException(Reason.READER_UNAVAILABLE,
                    "The reader '" + name + "' is no longer available: it was unplugged or switched off");
        }
        boolean waits = cardTimeout.toMillis() > 0;
        try {
            boolean present = waits ? terminal.waitForCardPresent(cardTimeout.toMillis()) : terminal.isCardPresent();
            if (!present) {
                throw new TransportException(Reason.NO_CARD, "No card in the reader '" + name + "'"
                        + (waits ? " after waiting " + cardTimeout.toMillis() + " ms" : ""));
            }
        } catch (CardException e) {
            throw PcscFailures.translate(e, "waiting for a card", name);
        }
        return new PcscTransport(name, connectCard(terminal));
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
