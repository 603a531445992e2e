/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.replay;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportDecorator;
import dev.mynacard.apdu.decorator.ApduLines;
import dev.mynacard.apdu.decorator.ApduRedaction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the session to a {@link Transcript} file while passing every exchange through. Each
 * exchange is flushed as it completes, so the file is readable even if the program dies. A failed
 * exchange is written as comment lines; replaying past it diverges. Responses are recorded in
 * full: a transcript of a session that read personal data holds that data.
 */
public final class RecordingTransport extends TransportDecorator {
    private final BufferedWriter out;

    /** Creates (or truncates) {@code file} and writes the header. */
    public RecordingTransport(CardTransport inner, Path file) throws IOException {
        super(inner);
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            writeLines(Transcript.COMMENT + " mynacard APDU transcript",
                    Transcript.ATR + ApduRedaction.hex(inner.atr()),
                    Transcript.EXTENDED_LENGTH + inner.supportsExtendedLength());
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        byte[] response;
        try {
            response = inner.exchange(command);
        } catch (IOException | RuntimeException e) {
            writeLines(Transcript.COMMENT + " " + ApduLines.command(command),
                    Transcript.COMMENT + " " + ApduLines.error(e));
            throw e;
        }
        writeLines(ApduLines.command(command), ApduLines.response(response));
        return response;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            inner.close();
        }
    }

    private void writeLines(String... lines) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.newLine();
        }
        out.flush();
    }
}
