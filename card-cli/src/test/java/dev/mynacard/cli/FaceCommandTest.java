/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.state.CardStateFile;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceCommandTest {
    @TempDir
    Path home;

    @TempDir
    Path work;

    private CliRunner cli;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
    }

    @Test
    void theFaceWithTheTextPin() {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "face");

        assertEquals(0, result.status(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals("Birth date    昭和55年5月5日 (1980-05-05)", lines.get(0));
        assertEquals("Sex           male", lines.get(1));
        assertEquals("Valid until   令和17年5月5日 (2035-05-05)", lines.get(2));
        assertEquals("Authenticity  genuine: signed under a trusted CA key", lines.get(3));
        assertTrue(result.out().contains("outside the signature"), result::toString);
        assertFalse(result.out().contains("9018"), "the 個人番号 is not shown");
    }

    @Test
    void outWritesTheFilesOwnerOnly() throws Exception {
        Path out = work.resolve("face");
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "face", "--out",
                out.toString());

        assertEquals(0, result.status(), result::toString);
        JsonNode face = result.json().get("face");
        assertEquals("1980-05-05", face.get("birthDate").asText());
        assertEquals("male", face.get("sex").asText());
        assertEquals("2035-05-05", face.get("expiry").asText());
        assertTrue(face.get("authentic").asBoolean());
        assertEquals("genuine", face.get("verdict").asText());
        assertEquals(out.resolve("card.png").toString(), face.at("/files/card").asText());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Set.of("photo.jp2", "photo.png", "name.png", "address.png", "card.png"),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("card.png"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        BufferedImage card = ImageIO.read(out.resolve("card.png").toFile());
        assertEquals(856, card.getWidth());
        assertEquals(540, card.getHeight());
        assertEquals(180, ImageIO.read(out.resolve("photo.png").toFile()).getWidth());
        byte[] jp2 = Files.readAllBytes(out.resolve("photo.jp2"));
        assertEquals(0x6A, jp2[4], "a JP2 file");
    }

    @Test
    void aChangedFaceIsNotGenuineAndTheExitCodeSaysSo() throws Exception {
        // The card's birth date rewritten from 1980 to 1970, as a forger would: the signature no longer verifies.
        CardStateFile.update(cli.stateFile(), image -> new CardImage(image.applications().stream()
                .map(application -> new Application(application.aid(), application.files().stream()
                        .map(FaceCommandTest::olderHolder).toList()))
                .toList()));
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "face");

        assertEquals(3, result.status(), result::toString);
        JsonNode face = result.json().get("face");
        assertEquals("1970-05-05", face.get("birthDate").asText());
        assertFalse(face.get("authentic").asBoolean());
        assertEquals("not-genuine", face.get("verdict").asText());
        assertTrue(result.json().toString().contains("authenticity.signature.bad"), result::toString);
    }

    private static ElementaryFile olderHolder(ElementaryFile file) {
        if (!(file instanceof BinaryFile binary) || binary.fid() != 2) {
            return file;
        }
        byte[] content = binary.content();
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\u00DF\"\b19800505"); // DF22 08 "19800505"
        if (at < 0) {
            return file;
        }
        content[at + 5] = '7';
        return new BinaryFile(binary.fid(), content, binary.readAccess());
    }

    @Test
    void verificationNumberBIsReadLikeAPin() {
        CliRunner.Result result = cli.runWithStdin("55050520355678\n", "--sim", "--pin-stdin", "--json", "face",
                "--pin-b");
        assertEquals(0, result.status(), result::toString);
        assertTrue(result.json().at("/face/authentic").asBoolean());
    }

    @Test
    void aMalformedVerificationNumberBIsAUsageErrorAndCostsNothing() {
        CliRunner.Result badDate = cli.runWithStdin("55130520355678\n", "--sim", "--pin-stdin", "face", "--pin-b");
        assertEquals(2, badDate.status(), badDate::toString);
        assertTrue(badDate.err().contains("Nothing was sent"), badDate::toString);
        CliRunner.Result short13 = cli.runWithStdin("5505052035567\n", "--sim", "--pin-stdin", "face", "--pin-b");
        assertEquals(2, short13.status(), short13::toString);

        CliRunner.Result wrong = cli.runWithStdin("55050520350000\n", "--sim", "--pin-stdin", "face", "--pin-b");
        assertEquals(5, wrong.status(), wrong::toString);
        assertTrue(wrong.err().contains("9 tries left"), wrong::toString);
    }

    @Test
    void infoCheckSaysTheTextApIsGenuine() {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "info", "--check");
        assertEquals(0, result.status(), result::toString);
        JsonNode authenticity = result.json().at("/info/authenticity");
        assertTrue(authenticity.get("authentic").asBoolean(), result::toString);
        assertEquals(5, authenticity.get("reasons").size());

        CliRunner.Result ja = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--lang", "ja", "info", "--check");
        assertTrue(ja.out().contains("真正: 信頼する CA 鍵のもとで署名されたデータです"), ja::toString);
    }
}
