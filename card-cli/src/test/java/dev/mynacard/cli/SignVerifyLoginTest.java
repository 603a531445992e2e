/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignVerifyLoginTest {
    @TempDir
    Path home;
    @TempDir
    Path files;

    private CliRunner cli;
    private Path document;

    @BeforeEach
    void freshCard() throws Exception {
        cli = new CliRunner(home);
        document = Files.writeString(files.resolve("申請書.txt"), "申請します。\n");
    }

    @Test
    void signsDetachedWithTheSignKeyByDefaultAndVerifiesWithSim() {
        CliRunner.Result signed = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", document.toString());

        assertEquals(0, signed.status(), signed::toString);
        Path signature = Path.of(document + ".p7s");
        assertTrue(signed.out().startsWith("Signed " + document + " with the signing certificate (署名用電子証明書);"
                + " wrote the detached signature to " + signature), signed::toString);
        assertTrue(signed.out().contains("Check it with: mynacard verify " + signature + " --content " + document));

        CliRunner.Result verified = cli.run("--sim", "verify", signature.toString(), "--content", document.toString());
        assertEquals(0, verified.status(), verified::toString);
        assertTrue(verified.out().startsWith("The signature is VALID (1 signer(s)).\n\nSigner 1: valid\n"), verified::toString);
        assertTrue(verified.out().contains("Key                     signing certificate (署名用電子証明書)"), verified::toString);
        assertTrue(verified.out().contains("Signing time (claimed)  2026-11-26 12:00:00 JST"), verified::toString);
    }

    @Test
    void withoutSimTheSimulatorsRootsAreNotTrusted() {
        cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", document.toString());

        CliRunner.Result result = cli.run("--json", "verify", document + ".p7s", "--content", document.toString());

        assertEquals(3, result.status(), result::toString);
        JsonNode verification = result.json().get("verification");
        assertFalse(verification.get("valid").asBoolean());
        assertEquals("sign", verification.at("/signers/0/key").asText());
        assertFalse(verification.at("/signers/0/certificate/valid").asBoolean());
    }

    @Test
    void attachedSignatureWithTheAuthKeyToAChosenFile() {
        Path out = files.resolve("signed.p7m");
        CliRunner.Result signed = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "sign",
                document.toString(), "--key", "auth", "--attached", "--out", out.toString());

        assertEquals(0, signed.status(), signed::toString);
        JsonNode json = signed.json().get("signature");
        assertEquals("auth", json.get("key").asText());
        assertTrue(json.get("attached").asBoolean());
        assertEquals(out.toString(), json.get("out").asText());

        CliRunner.Result text = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "sign", document.toString(),
                "--key", "auth", "--out", files.resolve("detached.p7s").toString());
        assertTrue(text.out().contains("--content " + document + " --allow-auth-key\n"),
                "the hint must give the flag that makes this signature count: " + text);

        CliRunner.Result byDefault = cli.run("--sim", "--json", "verify", out.toString());
        assertEquals(3, byDefault.status(), "an auth-key signature is no document signature by default");
        assertEquals("auth", byDefault.json().at("/verification/signers/0/key").asText());
        assertEquals("signer.document-auth-key",
                byDefault.json().at("/verification/signers/0/checks/1/reasonKey").asText(), byDefault::toString);

        CliRunner.Result verified = cli.run("--sim", "--json", "verify", out.toString(), "--allow-auth-key");
        assertEquals(0, verified.status(), verified::toString);
        assertEquals("auth", verified.json().at("/verification/signers/0/key").asText());

        CliRunner.Result japanese = cli.run("--sim", "--lang", "ja", "verify", out.toString());
        assertTrue(japanese.out().contains("不合格  文書への署名"), japanese::toString);
        assertTrue(japanese.out().contains("--allow-auth-key を指定したときだけ受け付けます"), japanese::toString);

        CliRunner.Result withContent = cli.run("--sim", "verify", out.toString(), "--content", document.toString());
        assertEquals(2, withContent.status(), "content given twice is a usage error");
    }

    @Test
    void changedContentDoesNotVerify() throws Exception {
        cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", document.toString());
        Files.writeString(document, "申請しません。\n");

        CliRunner.Result result = cli.run("--sim", "--lang", "ja", "verify", document + ".p7s", "--content",
                document.toString());

        assertEquals(3, result.status(), result::toString);
        assertTrue(result.out().startsWith("署名は有効ではありません（署名者 1 人）。"), result::toString);
        assertTrue(result.out().contains("不合格  内容のダイジェスト"), result::toString);
    }

    @Test
    void badSignatureInputs() throws Exception {
        Path garbage = Files.writeString(files.resolve("garbage.p7s"), "this is no signature");
        CliRunner.Result notCms = cli.run("--json", "verify", garbage.toString(), "--content", document.toString());
        assertEquals(20, notCms.status(), notCms::toString);
        assertEquals("file-error", notCms.json().at("/error/code").asText());

        CliRunner.Result missing = cli.run("verify", files.resolve("none.p7s").toString());
        assertEquals(20, missing.status());
        assertTrue(missing.err().contains("none.p7s: no such file or directory"), missing::toString);

        cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "sign", document.toString());
        CliRunner.Result detachedAlone = cli.run("--sim", "verify", document + ".p7s");
        assertEquals(2, detachedAlone.status());
        assertTrue(detachedAlone.err().contains("--content FILE"), detachedAlone::toString);
    }

    @Test
    void aWrongPasswordSignsNothingAndWritesNothing() throws Exception {
        CliRunner.Result result = cli.runWithStdin("WRONG1\n", "--sim", "--pin-stdin", "sign", document.toString());

        assertEquals(5, result.status(), result::toString);
        try (Stream<Path> left = Files.list(files)) {
            assertEquals(List.of(document), left.toList());
        }
    }

    @Test
    void signingAMissingFileAsksForNoPin() {
        CliRunner.Result result = cli.run("--sim", "--trace", "sign", files.resolve("none.txt").toString());

        assertEquals(20, result.status(), result::toString);
        assertEquals(List.of(), result.commands());
    }
}
