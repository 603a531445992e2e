package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.smartcardio.CardNotPresentException;

/**
 * Turns javax.smartcardio failures into {@link TransportException}s with a {@link Reason}.
 *
 * <p>The JDK wraps the PC/SC return code in {@code sun.security.smartcardio.PCSCException}, which
 * is not public; its message is the code's name ({@code SCARD_W_REMOVED_CARD}), and the wrapping
 * {@code CardException} either carries it as its cause or repeats it in its own message. So the
 * mapping reads code names from the messages of the whole cause chain.
 */
final class PcscFailures {
    private static final Pattern CODE = Pattern.compile("SCARD_[EFWS]_[A-Z_]+");

    private PcscFailures() {
    }

    /**
     * The transport exception for a failure of {@code action} (e.g. "transmit") on {@code reader}
     * ({@code null} when no reader is involved).
     */
    static TransportException translate(Throwable failure, String action, String reader) {
        String where = reader == null ? "" : " (reader '" + reader + "')";
        Optional<String> code = codeIn(failure);
        if (code.isEmpty()) {
            return translateWithoutCode(failure, action, where);
        }
        String name = code.get();
        return switch (name) {
            case "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED", "SCARD_F_COMM_ERROR" -> new TransportException(
                    Reason.NO_SERVICE, "The PC/SC service is not running or was restarted (" + name
                    + "): start pcscd (Windows: the Smart Card service); if it was restarted while this"
                    + " program ran, restart the program", failure);
            case "SCARD_E_NO_READERS_AVAILABLE" -> new TransportException(Reason.NO_READER,
                    "No smart-card reader is connected (" + name + ")", failure);
            case "SCARD_E_NO_SMARTCARD" -> new TransportException(Reason.NO_CARD,
                    "No card in the reader" + where + " (" + name + ")", failure);
            case "SCARD_W_REMOVED_CARD" -> new TransportException(Reason.CARD_REMOVED,
                    "The card was removed during " + action + where + " (" + name + ")", failure);
            // vpcd and many readers report a card pulled mid-command this way until pcscd notices.
            case "SCARD_E_NOT_TRANSACTED" -> new TransportException(Reason.CARD_REMOVED,
                    "The card stopped answering during " + action + where
                    + ": it was removed or lost contact (" + name + ")", failure);
            case "SCARD_W_RESET_CARD" -> new TransportException(Reason.CARD_REMOVED,
                    "Another program reset the card during " + action + where
                    + "; the session (selected application, verified PIN) is lost (" + name + ")", failure);
            case "SCARD_E_SHARING_VIOLATION" -> new TransportException(Reason.READER_IN_USE,
                    "The reader is in use by another program" + where + " (" + name
                    + "): close that program and try again", failure);
            case "SCARD_E_READER_UNAVAILABLE", "SCARD_E_UNKNOWN_READER" -> new TransportException(
                    Reason.READER_UNAVAILABLE, "The reader is no longer available" + where
                    + ": it was unplugged or switched off (" + name + ")", failure);
            case "SCARD_E_TIMEOUT" -> new TransportException(Reason.TIMEOUT,
                    "PC/SC timed out during " + action + where + " (" + name + ")", failure);
            case "SCARD_E_PROTO_MISMATCH" -> new TransportException(Reason.PROTOCOL,
                    "The card does not speak the requested protocol" + where + " (" + name + ")", failure);
            case "SCARD_E_INSUFFICIENT_BUFFER" -> new TransportException(Reason.PROTOCOL,
                    "The card's response is longer than javax.smartcardio accepts (8192 bytes with the"
                    + " status word)" + where + ": ask for less at a time (" + name + ")", failure);
            case "SCARD_W_UNRESPONSIVE_CARD", "SCARD_W_UNPOWERED_CARD", "SCARD_W_UNSUPPORTED_CARD" ->
                    new TransportException(Reason.FAILED, "The card in the reader" + where
                    + " does not respond: is it inserted the right way round? (" + name + ")", failure);
            default -> new TransportException(Reason.FAILED,
                    "PC/SC " + action + " failed" + where + " (" + name + ")", failure);
        };
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
        if (message.contains("Exclusive access")) {
            return new TransportException(Reason.READER_IN_USE,
                    "Another thread of this program holds the card exclusively" + where, failure);
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
