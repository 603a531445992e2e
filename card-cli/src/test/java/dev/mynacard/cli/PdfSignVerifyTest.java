/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignVerifyTest {
    @TempDir
    Path home;
    @TempDir
    Path files;

    private CliRunner cli;
    private Path contract;

    @BeforeEach
    void freshCard() throws Exception {
        cli = new CliRunner(home);
        contract = files.resolve("contract.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(contract.toFile());
        }
    }

    @Test
    void aPdfIsSignedIntoANewFileAndVerifies() throws Exception {
        byte[] original = Files.readAllBytes(contract);
        CliRunner.Result signed = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", contract.toString());

        assertEquals(0, signed.status(), signed::toString);
        Path out = files.resolve("contract-signed.pdf");
        assertTrue(signed.out().startsWith("Signed " + contract + " with the signing certificate (署名用電子証明書);"
                + " wrote the signed PDF to " + out), signed::toString);
        assertTrue(signed.out().contains("Check it with: mynacard verify " + out + "\n"), signed::toString);
        assertArrayEquals(original, Files.readAllBytes(contract), "the original is never modified");

        CliRunner.Result verified = cli.run("--sim", "verify", out.toString());
        assertEquals(0, verified.status(), verified::toString);
        assertTrue(verified.out().startsWith("The PDF's signatures are VALID (1 signature(s))."), verified::toString);
        assertTrue(verified.out().contains("Signature 1: valid"), verified::toString);
        assertTrue(verified.out().contains("The signature is VALID (1 signer(s))."), verified::toString);

        CliRunner.Result japanese = cli.run("--sim", "--lang", "ja", "verify", out.toString());
        assertTrue(japanese.out().startsWith("PDF の署名は有効です（署名 1 個）。"), japanese::toString);
    }

    @Test
    void bytesAppendedAfterSigningExitThree() throws Exception {
        Path out = files.resolve("signed.pdf");
        cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", contract.toString(), "--out", out.toString(),
                "--subfilter", "adbe.pkcs7.detached");
        Files.writeString(out, "\n% later\n", StandardOpenOption.APPEND);

        CliRunner.Result result = cli.run("--sim", "--json", "verify", out.toString());

        assertEquals(3, result.status(), result::toString);
        JsonNode verification = result.json().get("verification");
        assertFalse(verification.get("valid").asBoolean());
        assertEquals("pdf.unsigned-tail", verification.at("/checks/0/reasonKey").asText(), result::toString);
        assertEquals("adbe.pkcs7.detached", verification.at("/signatures/0/checks/1/reason").asText());
    }

    @Test
    void aVisibleSignatureOnAPageThePdfLacksIsRefusedBeforeThePin() {
        CliRunner.Result result = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", contract.toString(),
                "--visible", "2:10,10,200,50");

        assertEquals(2, result.status(), result::toString);
        assertTrue(result.err().contains("--visible names page 2, but the PDF has 1 page(s)."), result::toString);
        assertFalse(Files.exists(files.resolve("contract-signed.pdf")));
    }

    @Test
    void aVisibleSignatureWithAGivenFont() throws Exception {
        Path font = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
        Assumptions.assumeTrue(Files.isReadable(font), "IPA Gothic (fonts-ipafont-gothic) is not installed");
        CliRunner.Result signed = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", contract.toString(),
                "--visible", "1:300,40,220,60", "--font", font.toString());

        assertEquals(0, signed.status(), signed::toString);
        assertEquals(0, cli.run("--sim", "verify", files.resolve("contract-signed.pdf").toString()).status());
    }

    @Test
    void formatCmsSignsAPdfAsAFile() {
        CliRunner.Result signed = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", contract.toString(),
                "--format", "cms");

        assertEquals(0, signed.status(), signed::toString);
        assertTrue(Files.exists(Path.of(contract + ".p7s")));
    }
}
