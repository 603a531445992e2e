/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.replay;

import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.decorator.ApduLines;
import dev.mynacard.apdu.decorator.ApduRedaction;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads the lines of a {@link Transcript}; one instance per parse. */
final class TranscriptParser {
    private static final String COMMAND = ApduLines.COMMAND.strip();
    private static final String RESPONSE = ApduLines.RESPONSE.strip();

    private final List<Transcript.Exchange> exchanges = new ArrayList<>();
    private byte[] atr;
    private Boolean extendedLength;
    private String pendingCommand;
    private int line;

    Transcript parse(List<String> lines) throws TranscriptFormatException {
        for (String text : lines) {
            line++;
            String stripped = text.strip();
            if (!stripped.isEmpty() && !stripped.startsWith(Transcript.COMMENT)) {
                parseLine(stripped);
            }
        }
        if (pendingCommand != null) {
            throw error("the last command has no '<' response");
        }
        if (!headerComplete()) {
            throw error("the 'atr:' and 'extended-length:' header lines are missing");
        }
        return new Transcript(atr, extendedLength, exchanges);
    }

    private void parseLine(String text) throws TranscriptFormatException {
        if (text.startsWith(Transcript.ATR)) {
            requireHeaderPosition(atr == null);
            atr = hex(text.substring(Transcript.ATR.length()));
        } else if (text.startsWith(Transcript.EXTENDED_LENGTH)) {
            requireHeaderPosition(extendedLength == null);
            extendedLength = flag(text.substring(Transcript.EXTENDED_LENGTH.length()).strip());
        } else if (text.startsWith(COMMAND)) {
            if (!headerComplete()) {
                throw error("the 'atr:' and 'extended-length:' lines must come before the first command");
            }
            if (pendingCommand != null) {
                throw error("a command follows a command; expected a '<' response");
            }
            pendingCommand = command(text.substring(COMMAND.length()).strip());
        } else if (text.startsWith(RESPONSE)) {
            if (pendingCommand == null) {
                throw error("a response without a '>' command before it");
            }
            exchanges.add(new Transcript.Exchange(pendingCommand, response(text.substring(RESPONSE.length()))));
            pendingCommand = null;
        } else {
            throw error("not a transcript line: expected 'atr:', 'extended-length:', '>', '<' or '#'");
        }
    }

    private boolean headerComplete() {
        return atr != null && extendedLength != null;
    }

    private void requireHeaderPosition(boolean first) throws TranscriptFormatException {
        if (!first || !exchanges.isEmpty() || pendingCommand != null) {
            throw error("a header line must come once, before the first command");
        }
    }

    private String command(String text) throws TranscriptFormatException {
        if (text.endsWith(ApduRedaction.MARKER)) {
            byte[] header = hex(text.substring(0, text.length() - ApduRedaction.MARKER.length()));
            if (header.length != 4 || !ApduRedaction.isSecretHeader(header[0] & 0xFF, header[1] & 0xFF)) {
                throw error(ApduRedaction.MARKER + " must follow the 4-byte header of a PIN command"
                        + " (VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER, CHANGE KEY)");
            }
            return ApduRedaction.formatRedacted(header);
        }
        byte[] command = hex(text);
        if (command.length < 4) {
            throw error("a command needs at least the 4 header bytes, got " + command.length);
        }
        return ApduRedaction.format(command);
    }

    private ResponseApdu response(String text) throws TranscriptFormatException {
        byte[] response = hex(text);
        if (response.length < 2) {
            throw error("a response needs at least the 2 status bytes, got " + response.length);
        }
        return new ResponseApdu(response);
    }

    private boolean flag(String text) throws TranscriptFormatException {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("extended-length must be true or false");
        };
    }

    // Never echoes the text: a hand-edited line may hold an unredacted PIN.
    private byte[] hex(String text) throws TranscriptFormatException {
        try {
            return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw error("not hex bytes (pairs of 0-9, A-F, spaces allowed)");
        }
    }

    private TranscriptFormatException error(String problem) {
        return new TranscriptFormatException(line, problem);
    }
}
