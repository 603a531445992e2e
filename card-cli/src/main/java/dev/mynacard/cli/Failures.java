/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.apdu.CardIoException;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.core.card.NotAMyNumberCardException;
import dev.mynacard.core.cms.CmsFormatException;
import dev.mynacard.core.pdf.PdfFormatException;
import dev.mynacard.core.pdf.PdfSigningException;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.trust.CertificateFileException;
import dev.mynacard.sim.state.CorruptCardStateException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns what a command threw into a {@link CliException}: an exit code and a message in the
 * user's language. Failures of a PIN the command knows are handled closer to the PIN
 * ({@link dev.mynacard.cli.pin.PinFailures}); this is the catch-all.
 */
public final class Failures {
    private Failures() {
    }

    /** @param bridged whether the card was reached through the phone app (NFC bridge) */
    public static CliException describe(Throwable failure, boolean bridged) {
        if (failure instanceof CliException known) {
            return known;
        }
        if (failure instanceof TransportException transport) {
            return bridged ? phone(transport) : transport(transport);
        }
        if (failure instanceof NotAMyNumberCardException notMyNumber) {
            return new CliException(ExitCode.NOT_A_MY_NUMBER_CARD, notMyNumber, "error.not-a-my-number-card",
                    notMyNumber.getMessage());
        }
        if (failure instanceof CardIoException card) {
            return new CliException(ExitCode.CARD_ERROR, card, "error.card", card.getMessage());
        }
        if (failure instanceof CorruptCardStateException corrupt) {
            return new CliException(ExitCode.SIM_STATE_CORRUPT, corrupt, "error.sim-state-corrupt",
                    corrupt.getMessage());
        }
        if (failure instanceof CertificateFileException file) {
            return new CliException(ExitCode.FILE_ERROR, file, "error.file", file.getMessage());
        }
        if (failure instanceof CmsFormatException cms) {
            return cms(cms);
        }
        if (failure instanceof PdfFormatException pdf) {
            return new CliException(ExitCode.FILE_ERROR, pdf, "error.pdf-format", pdf.getMessage());
        }
        if (failure instanceof PdfSigningException signing) {
            return new CliException(ExitCode.CARD_ERROR, signing, "error.pdf-signing", signing.getMessage());
        }
        if (failure instanceof PinFormatException format) {
            return new CliException(ExitCode.USAGE, format, "error.pin-format-generic", format.getMessage());
        }
        if (failure instanceof IOException io) {
            return new CliException(ExitCode.FILE_ERROR, io, "error.file", describeFileProblem(io));
        }
        return new CliException(ExitCode.INTERNAL_ERROR, failure, "error.internal",
                failure.getClass().getName(), String.valueOf(failure.getMessage()));
    }

    private static CliException transport(TransportException e) {
        return switch (e.reason()) {
            case NO_SERVICE -> new CliException(ExitCode.NO_PCSC_SERVICE, e, "error.no-pcsc-service", e.getMessage());
            case NO_READER -> new CliException(ExitCode.NO_READER, e, "error.no-reader", e.getMessage());
            case READER_NOT_FOUND -> new CliException(ExitCode.READER_NOT_FOUND, e, "error.reader-not-found",
                    e.getMessage());
            case NO_CARD -> new CliException(ExitCode.NO_CARD, e, "error.no-card", e.getMessage());
            case TIMEOUT -> new CliException(ExitCode.TIMEOUT, e, "error.timeout", e.getMessage());
            case CARD_REMOVED -> new CliException(ExitCode.CARD_REMOVED, e, "error.card-removed", e.getMessage());
            case READER_UNAVAILABLE -> new CliException(ExitCode.CARD_REMOVED, e, "error.reader-unavailable",
                    e.getMessage());
            case READER_IN_USE -> new CliException(ExitCode.READER_IN_USE, e, "error.reader-in-use", e.getMessage());
            case PROTOCOL, CLOSED, FAILED -> new CliException(ExitCode.CARD_ERROR, e, "error.transport",
                    e.getMessage());
        };
    }

    /** The same reasons, said for a card held to a phone; the PC/SC-only ones as for a reader. */
    private static CliException phone(TransportException e) {
        return switch (e.reason()) {
            case NO_CARD -> new CliException(ExitCode.NO_CARD, e, "error.bridge-no-phone", e.getMessage());
            case TIMEOUT -> new CliException(ExitCode.TIMEOUT, e, "error.bridge-timeout", e.getMessage());
            case CARD_REMOVED -> new CliException(ExitCode.CARD_REMOVED, e, "error.bridge-card-removed",
                    e.getMessage());
            case READER_NOT_FOUND, READER_UNAVAILABLE -> new CliException(ExitCode.BRIDGE_UNAVAILABLE, e,
                    "error.bridge-unavailable", e.getMessage());
            case PROTOCOL -> new CliException(ExitCode.CARD_ERROR, e, "error.bridge-protocol", e.getMessage());
            default -> transport(e);
        };
    }

    private static CliException cms(CmsFormatException e) {
        return switch (e.reason()) {
            case CONTENT_MISSING -> new CliException(ExitCode.USAGE, e, "error.cms-content-missing");
            case CONTENT_ATTACHED -> new CliException(ExitCode.USAGE, e, "error.cms-content-attached");
            case NOT_CMS, NOT_SIGNED_DATA, NO_SIGNER, LIMIT_EXCEEDED -> new CliException(ExitCode.FILE_ERROR, e,
                    "error.cms-format", e.getMessage());
        };
    }

    /** NIO puts only the path in its messages; say what happened to it. */
    public static Messages.Text describeFileProblem(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "-";
        return new Messages.Text("file.failed", file, fileProblem(e));
    }

    /**
     * What happened to a file, without naming it: for a message that names the file itself (an
     * --out target, whose temporary file is what NIO's exception names).
     */
    public static Messages.Text fileProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new Messages.Text("file-problem.missing");
        }
        if (e instanceof AccessDeniedException) {
            return new Messages.Text("file-problem.denied");
        }
        if (e instanceof FileSystemException fs) {
            return new Messages.Text("file-problem.other",
                    fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason());
        }
        return new Messages.Text("file-problem.other", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
}
