/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.state.CardStateFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers that come before any card is served (those run in-process). */
class SimulatorMainTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimulatorMain.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadArgumentExitsWith2AndAHint() {
        assertEquals(2, run("--state", "card.json", "--vpcd", "localhost"));

        assertEquals("mynacard-simulator: --vpcd 'localhost' is not HOST:PORT, e.g. 127.0.0.1:35963\nTry --help.\n", err());
        assertEquals("", out());
    }

    @Test
    void aDamagedStateFileExitsWith2WithOneLineAndNoStackTrace() throws IOException {
        Path state = Files.writeString(dir.resolve("card.json"), "[1, 2, 3]");

        assertEquals(2, run("--state", state.toString()));

        assertTrue(err().startsWith("mynacard-simulator: card state file " + state), err());
        assertEquals(1, err().lines().count(), err());
        assertFalse(err().contains("Exception"), err());
        assertEquals("[1, 2, 3]", Files.readString(state));
    }

    @Test
    void aStateFileThatIsADirectoryExitsWith2() throws IOException {
        Path state = Files.createDirectory(dir.resolve("card.json"));

        assertEquals(2, run("--state", state.toString()));

        assertTrue(err().startsWith("mynacard-simulator: cannot use the card state file " + state + ": "), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void anApduHeaderFileThatCannotBeOpenedExitsWith2() throws IOException {
        Path headers = Files.createDirectory(dir.resolve("apdus.log"));

        assertEquals(2, run("--state", dir.resolve("card.json").toString(), "--apdu-headers", headers.toString()));

        assertTrue(err().startsWith("mynacard-simulator: cannot append to the APDU header file " + headers + ": "), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void cardOptionsCreateTheCardTheyDescribe() throws IOException {
        Path state = dir.resolve("card.json");
        Path headers = Files.createDirectory(dir.resolve("apdus.log"));

        // The card is created before the header file fails, which stops the run before vpcd.
        assertEquals(2, run("--state", state.toString(), "--atr", "3BDA13FF8131FB468012392F31C173C601C03B",
                "--token", "iphone", "--no-sign-certificate", "--apdu-headers", headers.toString()));

        CardImage image = CardStateFile.load(state);
        assertEquals("3BDA13FF8131FB468012392F31C173C601C03B",
                HexFormat.of().withUpperCase().formatHex(SimulatedCard.load(image).atr()));
        assertEquals(2, image.applications().size(), "a phone's JPKI and the card OS settings");
        BinaryFile flags = (BinaryFile) image.applications().get(0).files().stream()
                .filter(f -> f.fid() == 0x0008).findFirst().orElseThrow();
        assertArrayEquals(new byte[] {(byte) 0x8F, 0, 0}, Arrays.copyOf(flags.content(), 3));
        BinaryFile token = (BinaryFile) image.applications().get(0).files().stream()
                .filter(f -> f.fid() == 0x0006).findFirst().orElseThrow();
        assertEquals("JPKIAPIOSTOKEN ", new String(token.content(), 0, 15, StandardCharsets.US_ASCII));
    }

    @Test
    void cardOptionsForAnExistingCardAreRefusedAndTheCardIsLeftAsItIs() throws IOException {
        Path state = Files.writeString(dir.resolve("card.json"), "{}");

        assertEquals(2, run("--state", state.toString(), "--verified-empty", "63cx"));

        assertEquals("mynacard-simulator: the card options describe a new card, but " + state + " already holds one:"
                + " give another --state FILE, or delete this one to replace its card\n", err());
        assertEquals("{}", Files.readString(state));
    }

    @Test
    void helpAndVersionGoToStandardOutput() {
        assertEquals(0, run("--help"));
        assertEquals(0, run("--version"));

        assertTrue(out().startsWith("Usage: java -jar mynacard-simulator.jar --state FILE [--vpcd HOST:PORT]"), out());
        assertTrue(out().contains("\nmynacard-simulator "), out());
        assertEquals("", err());
    }
}
