/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.ResponseApdu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptTest {
    private static final String HEADER = "atr: 3B E0 00 FF 81 31 FE 45 14\nextended-length: false\n";

    private static Transcript parse(String text) throws TranscriptFormatException {
        return Transcript.parse(text.lines().toList());
    }

    @Test
    void readsAHandWrittenFile() throws TranscriptFormatException {
        Transcript t = parse("""
                # written by hand

                  atr: 3be000ff8131fe4514
                extended-length: false
                > 00a4020c02000a
                <9000
                # a PIN typed out in full is kept redacted
                >00 20 00 80 04 31 32 33 34
                < 63 C2
                """);
        assertArrayEquals(Hex.bytes("3B E0 00 FF 81 31 FE 45 14"), t.atr());
        assertFalse(t.extendedLength());
        assertEquals(List.of(
                new Transcript.Exchange("00 A4 02 0C 02 00 0A", ResponseApdu.of(0x9000)),
                new Transcript.Exchange("00 20 00 80 <redacted>", ResponseApdu.of(0x63C2))), t.exchanges());
    }

    @Test
    void anEmptySessionIsAllowed() throws TranscriptFormatException {
        assertTrue(parse(HEADER).exchanges().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hello                                | 3 | not a transcript line",
        "> 00 A4 0Z 0C                        | 3 | not hex bytes",
        "> 00 A4 04 0                         | 3 | not hex bytes",
        "> 00 A4 04                           | 3 | at least the 4 header bytes",
        "< 90 00                              | 3 | a response without a '>' command",
        "> 00 A4 04 0C\\n> 00 A4 04 0C        | 4 | a command follows a command",
        "> 00 A4 04 0C                        | 3 | the last command has no '<' response",
        "> 00 A4 04 0C\\n< 90                 | 4 | at least the 2 status bytes",
        "> 00 A4 04 0C\\n< 90 00\\natr: 3B 00 | 5 | a header line must come once",
        "atr: 3B 00                           | 3 | a header line must come once",
        "> 00 A4 04 0C <redacted>             | 3 | must follow the 4-byte header of a PIN command",
        "> 00 20 00 <redacted>                | 3 | must follow the 4-byte header of a PIN command",
    })
    void reportsTheLineOfAProblem(String body, int line, String problem) {
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
                () -> parse(HEADER + body.replace("\\n", "\n")));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void headerLinesComeFirst() {
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
                () -> parse("atr: 3B 00\n> 00 A4 04 0C\n< 90 00"));
        assertEquals(2, e.line());
        assertEquals("line 4: extended-length must be true or false", assertThrows(TranscriptFormatException.class,
                () -> parse("# x\natr: 3B 00\n\nextended-length: yes")).getMessage());
        assertEquals(0, assertThrows(TranscriptFormatException.class, () -> parse("")).line());
    }

    @Test
    void errorsNeverEchoTheLine() {
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
                () -> parse(HEADER + "> 00 20 00 80 04 31 32 33 3G"));
        assertFalse(e.getMessage().contains("31 32"), e.getMessage());
    }

    @Test
    void aBinaryFileGivesALineError(@TempDir Path dir) throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("garbage.apdu"), garbage);
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class, () -> ReplayTransport.load(file));
        assertTrue(e.getMessage().matches("line \\d+: .*"), e.getMessage());
    }
}
