/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.replay;

import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.decorator.ApduRedaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A recorded card session, in a text form meant to be read and edited by hand:
 *
 * <pre>
 * # comments and blank lines are ignored
 * atr: 3B E0 00 FF 81 31 FE 45 14
 * extended-length: true
 * &gt; 00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01
 * &lt; 90 00
 * &gt; 00 20 00 80 &lt;redacted&gt;
 * &lt; 90 00
 * </pre>
 *
 * The two header lines come first, once each; then each command line is followed by its response
 * line. Hex may be upper or lower case, with or without spaces. Commands are kept in their
 * {@link ApduRedaction} form, so a recorded PIN command matches any command with the same header
 * that carries data, whatever PIN it holds (a PIN written out in a hand-made file is ignored).
 */
public record Transcript(byte[] atr, boolean extendedLength, List<Exchange> exchanges) {
    static final String ATR = "atr: ";
    static final String EXTENDED_LENGTH = "extended-length: ";
    static final String COMMENT = "#";

    /** One recorded exchange; {@code command} is in {@link ApduRedaction#format(byte[])} form. */
    public record Exchange(String command, ResponseApdu response) {
    }

    public Transcript {
        atr = atr.clone();
        exchanges = List.copyOf(exchanges);
    }

    /** Reads a transcript file; bytes that are not UTF-8 end up in a line the parser rejects. */
    public static Transcript read(Path file) throws IOException {
        return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
    }

    public static Transcript parse(List<String> lines) throws TranscriptFormatException {
        return new TranscriptParser().parse(lines);
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transcript t && Arrays.equals(t.atr, atr) && t.extendedLength == extendedLength
                && t.exchanges.equals(exchanges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(atr), extendedLength, exchanges);
    }

    @Override
    public String toString() {
        return "Transcript[atr=" + ApduRedaction.hex(atr) + ", extendedLength=" + extendedLength + ", "
                + exchanges.size() + " exchanges]";
    }
}
