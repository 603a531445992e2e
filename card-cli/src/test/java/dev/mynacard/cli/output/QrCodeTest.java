/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.ReaderException;
import java.util.List;
import org.junit.jupiter.api.Test;

class QrCodeTest {
    private static final String ADDRESS = "vpcd://192.168.100.200:35963";

    @Test
    void theLinesReadBackAsTheAddress() throws ReaderException {
        assertEquals(ADDRESS, QrText.decode(QrCode.of(ADDRESS).lines(false)));
        assertEquals("vpcd://[fd00::1]:35963", QrText.decode(QrCode.of("vpcd://[fd00::1]:35963").lines(false)));
    }

    @Test
    void aQuietZoneOfFourModulesSurroundsIt() {
        List<String> lines = QrCode.of(ADDRESS).lines(false);
        int width = lines.get(0).length();

        assertEquals(QrCode.QUIET_ZONE / 2, lines.stream().takeWhile(String::isBlank).count(), "4 module rows above");
        assertTrue(lines.get(lines.size() - 1).isBlank() && lines.get(lines.size() - 2).isBlank(), "4 or 5 module rows below");
        for (String line : lines) {
            assertEquals(width, line.length(), "every line as wide");
            assertTrue(line.startsWith("    ") && line.endsWith("    "), "4 modules left and right: '" + line + "'");
        }
        assertEquals(width, QrCode.QUIET_ZONE * 2 + 29, "version 3 (29 modules) holds the longest IPv4 address at level M");
    }

    @Test
    void onATerminalItIsBlackOnWhiteWhateverTheTerminalsColours() throws ReaderException {
        List<String> lines = QrCode.of(ADDRESS).lines(true);

        for (String line : lines) {
            assertTrue(line.startsWith("\u001b[30;107m") && line.endsWith("\u001b[0m"), line);
        }
        assertEquals(ADDRESS, QrText.decode(lines));
    }

    @Test
    void theInkIsTheDarkModules() {
        List<String> lines = QrCode.of(ADDRESS).lines(false);
        // The top-left finder pattern: a dark 7×7 ring starting at module (4, 4), i.e. line 2.
        assertTrue(lines.get(2).startsWith("    █▀▀▀▀▀█ "), lines.get(2));
    }

    @Test
    void tooMuchTextForAnyQrCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.of("x".repeat(3000)));
    }
}
