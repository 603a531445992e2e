/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.smartcardio.CardNotPresentException;

/**
 * Turns PC/SC failures into {@link TransportException}s with a {@link Reason}: one mapping from
 * PC/SC return-code names ({@code SCARD_W_REMOVED_CARD}) for every backend ({@link #forCode}),
 * and the javax.smartcardio specifics on top of it ({@link #translate}).
 *
 * <p>The JDK wraps the PC/SC return code in {@code sun.security.smartcardio.PCSCException}, which
 * is not public; its message is the code's name ({@code SCARD_W_REMOVED_CARD}), and the wrapping
 * {@code CardException} either carries it as its cause or repeats it in its own message. So the
 * mapping reads code names from the messages of the whole cause chain.
 */
public final class PcscFailures {
    private static final Pattern CODE = Pattern.compile("SCARD_[EFWS]_[A-Z_]+");
    private static final String JDK_CANNOT_RECONNECT = "; javax.smartcardio cannot reconnect to a restarted"
            + " service: if it was restarted while this program ran, restart the program";

    /** What javax.smartcardio adds to the common message for some codes. */
    private static final Map<String, String> JDK_NOTES = Map.of(
            "SCARD_E_NO_SERVICE", JDK_CANNOT_RECONNECT,
            "SCARD_E_SERVICE_STOPPED", JDK_CANNOT_RECONNECT,
            "SCARD_F_COMM_ERROR", JDK_CANNOT_RECONNECT,
            "SCARD_E_INSUFFICIENT_BUFFER", "; javax.smartcardio accepts at most 8192 bytes with the status word:"
                    + " ask for less at a time");

    private PcscFailures() {
    }

    /**
     * The transport exception for a javax.smartcardio failure of {@code action} (e.g. "transmit")
     * on {@code reader} ({@code null} when no reader is involved).
     */
    static TransportException translate(Throwable failure, String action, String reader) {
        Optional<String> code = codeIn(failure);
        if (code.isEmpty()) {
            return translateWithoutCode(failure, action, where(reader));
        }
        TransportException common = forCode(code.get(), failure, action, reader);
        String note = JDK_NOTES.get(code.get());
        return note == null ? common : new TransportException(common.reason(), common.getMessage() + note, failure);
    }

    /**
     * The transport exception for the PC/SC return code named {@code name} (as in the PC/SC
     * headers, e.g. {@code SCARD_E_NO_SERVICE}), returned by {@code action} (e.g. "transmit") on
     * {@code reader} ({@code null} when no reader is involved). The message names the code.
     */
    public static TransportException forCode(String name, Throwable cause, String action, String reader) {
        String where = where(reader);
        return switch (name) {
            case "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED", "SCARD_F_COMM_ERROR" ->
                    new TransportException(Reason.NO_SERVICE, "The PC/SC service is not running or was restarted"
                    + " during " + action + " (" + name + "): start pcscd (Windows: the Smart Card service)", cause);
            case "SCARD_E_NO_READERS_AVAILABLE" -> new TransportException(Reason.NO_READER,
                    "No smart-card reader is connected (" + name + ")", cause);
            case "SCARD_E_NO_SMARTCARD" -> new TransportException(Reason.NO_CARD,
                    "No card in the reader" + where + " (" + name + ")", cause);
            case "SCARD_W_REMOVED_CARD" -> new TransportException(Reason.CARD_REMOVED,
                    "The card was removed during " + action + where + " (" + name + ")", cause);
            // vpcd and many readers report a card pulled mid-command this way until pcscd notices.
            case "SCARD_E_NOT_TRANSACTED" -> new TransportException(Reason.CARD_REMOVED,
                    "The card stopped answering during " + action + where
                    + ": it was removed or lost contact (" + name + ")", cause);
            case "SCARD_W_RESET_CARD" -> new TransportException(Reason.CARD_REMOVED,
                    "Another program reset the card during " + action + where
                    + "; the session (selected application, verified PIN) is lost (" + name + ")", cause);
            case "SCARD_E_SHARING_VIOLATION" -> new TransportException(Reason.READER_IN_USE,
                    "The reader is in use by another program" + where + " (" + name
                    + "): close that program and try again", cause);
            case "SCARD_E_READER_UNAVAILABLE", "SCARD_E_UNKNOWN_READER" -> new TransportException(
                    Reason.READER_UNAVAILABLE, "The reader is no longer available" + where
                    + ": it was unplugged or switched off (" + name + ")", cause);
            case "SCARD_E_TIMEOUT" -> new TransportException(Reason.TIMEOUT,
                    "PC/SC timed out during " + action + where + " (" + name + ")", cause);
            case "SCARD_E_CANCELLED" -> new TransportException(Reason.CLOSED,
                    "PC/SC " + action + where + " was cancelled (" + name + ")", cause);
            case "SCARD_E_PROTO_MISMATCH" -> new TransportException(Reason.PROTOCOL,
                    "The card does not speak the requested protocol" + where + " (" + name + ")", cause);
            case "SCARD_E_INSUFFICIENT_BUFFER" -> new TransportException(Reason.PROTOCOL,
                    "The card's response is longer than the PC/SC receive buffer" + where + " (" + name + ")", cause);
            case "SCARD_W_UNRESPONSIVE_CARD", "SCARD_W_UNPOWERED_CARD", "SCARD_W_UNSUPPORTED_CARD" ->
                    new TransportException(Reason.FAILED, "The card in the reader" + where
                    + " does not respond: is it inserted the right way round? (" + name + ")", cause);
            default -> new TransportException(Reason.FAILED,
                    "PC/SC " + action + " failed" + where + " (" + name + ")", cause);
        };
    }

    /**
     * A transmit that PC/SC reports as successful but whose response lacks a status word: the card
     * went away while the reader waited for its answer (vpcd reports a card pulled at that moment
     * this way).
     */
    public static TransportException noAnswer(String reader, int length) {
        return new TransportException(Reason.CARD_REMOVED, "The card gave no answer to the command" + where(reader)
                + " (" + length + " bytes instead of at least a status word): it was removed or lost contact");
    }

    private static String where(String reader) {
        return reader == null ? "" : " (reader '" + reader + "')";
    }

    private static TransportException translateWithoutCode(Throwable failure, String action, String where) {
        if (failure instanceof CardNotPresentException) {
            return new TransportException(Reason.NO_CARD, "No card in the reader" + where, failure);
        }
        String message = String.valueOf(failure.getMessage());
        // CardImpl remembers a removal and then refuses every call with IllegalStateException.
        if (message.contains("Card has been removed")) {
            return new TransportException(Reason.CARD_REMOVED,
                    "The card was removed before " + action + where, failure);
        }
        if (message.contains("Card has been disconnected")) {
            return new TransportException(Reason.CLOSED,
                    "The connection to the card" + where + " was already closed", failure);
        }
        if (message.contains("Extended length forms not supported")) {
            return new TransportException(Reason.PROTOCOL,
                    "The card speaks T=0, which carries no extended-length command" + where, failure);
        }
        return new TransportException(Reason.FAILED, "PC/SC " + action + " failed" + where + ": " + message,
                failure);
    }

    /** The first PC/SC return-code name in the messages of the cause chain. */
    static Optional<String> codeIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = CODE.matcher(t.getMessage());
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
        }
        return Optional.empty();
    }
}
