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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertCommandsTest {
    /** Days from the runner's today (2026-11-26 in Japan) to the default card's certificates' last day. */
    private static final long CERTIFICATE_DAYS = ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 26),
            LocalDate.of(2030, 5, 5));

    @TempDir
    Path home;
    @TempDir
    Path files;

    private CliRunner cli;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
    }

    @Test
    void showsTheAuthCertificateAsASummary() {
        CliRunner.Result result = cli.run("--sim", "cert", "show", "auth");

        assertEquals(0, result.status(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals("authentication certificate (利用者証明用電子証明書)", lines.get(0));
        assertTrue(lines.get(1).matches("Subject        CN=[0-9A-F]{32},C=JP"), lines.get(1));
        assertTrue(lines.contains("Valid until    2030-05-05 23:59:59 JST"), result.out());
        assertTrue(lines.contains("Key usage      digital-signature"), result.out());
        assertTrue(lines.contains("Policies       1.2.392.200149.8.5.1.3.30"), result.out());
        assertTrue(lines.contains("Key            RSA 2048 bits"), result.out());
        assertFalse(result.out().contains("Holder"), "the auth certificate carries no personal data");
    }

    @Test
    void pemAndDerAreTheSameCertificate() throws Exception {
        CliRunner.Result pem = cli.run("--sim", "cert", "show", "auth", "--format", "pem");
        CliRunner.Result der = cli.run("--sim", "cert", "show", "auth", "--format", "der");

        assertTrue(pem.out().startsWith("-----BEGIN CERTIFICATE-----\n"), pem::toString);
        assertTrue(pem.out().endsWith("-----END CERTIFICATE-----\n"), pem::toString);
        assertArrayEquals(parse(pem.outBytes()).getEncoded(), der.outBytes());
    }

    @Test
    void theSigningCertificateNeedsThePasswordAndShowsTheHolder() {
        CliRunner.Result result = cli.runWithStdin("abc123\n", "--sim", "--pin-stdin", "cert", "show", "sign");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.out().startsWith("signing certificate (署名用電子証明書)\n"), result::toString);
        assertTrue(result.out().contains("Holder (from the signing certificate)\n"
                + "Name        山田　太郎\n"
                + "Birth date  昭和55年5月5日 (1980-05-05)\n"
                + "Sex         male\n"
                + "Address     茨城県つくば市研究学園９丁目９番地９\n"), result::toString);
    }

    @Test
    void theSigningCertificateInJapanese() {
        CliRunner.Result result = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--lang", "ja", "cert", "show",
                "sign");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.out().contains("本人情報（署名用電子証明書より）\n"
                + "氏名      山田　太郎\n"
                + "生年月日  昭和55年5月5日 (1980-05-05)\n"
                + "性別      男性\n"), result::toString);
        assertTrue(result.out().contains("有効期間の満了  2030-05-05 23:59:59 JST"), result::toString);
    }

    @Test
    void aWrongSignPasswordIsExitFive() {
        CliRunner.Result result = cli.runWithStdin("WRONG99\n", "--sim", "--pin-stdin", "--json", "cert", "show", "sign");

        assertEquals(5, result.status(), result::toString);
        assertEquals("wrong-pin", result.json().at("/error/code").asText());
        assertTrue(result.json().at("/error/message").asText().contains("4 tries left"));
    }

    @Test
    void certificateJson() {
        JsonNode auth = cli.run("--sim", "--json", "cert", "show", "auth").json().get("certificate");
        assertEquals("auth", auth.get("id").asText());
        assertEquals("2030-05-05T14:59:59Z", auth.get("notAfter").asText());
        assertEquals("[\"digital-signature\"]", auth.get("keyUsage").toString());
        assertEquals("auth", auth.get("purpose").asText());
        assertTrue(auth.get("pem").asText().startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(auth.get("sha256").asText().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
        assertFalse(auth.has("holder"));

        JsonNode sign = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--json", "cert", "show", "sign").json()
                .get("certificate");
        assertEquals("山田　太郎", sign.at("/holder/name").asText());
        assertEquals("1980-05-05", sign.at("/holder/birthDate").asText());
        assertEquals("昭和55年5月5日", sign.at("/holder/birthDateJapanese").asText());
        assertEquals("male", sign.at("/holder/sex").asText());
        assertEquals("[\"digital-signature\",\"non-repudiation\"]", sign.get("keyUsage").toString());

        JsonNode root = cli.run("--sim", "--json", "cert", "show", "sign-ca").json().get("certificate");
        assertEquals("ca", root.get("purpose").asText());
    }

    @Test
    void outWritesTheFileAndSaysSo() throws Exception {
        Path pem = files.resolve("auth.pem");
        CliRunner.Result result = cli.run("--sim", "cert", "show", "auth", "--format", "pem", "--out", pem.toString());

        assertEquals(0, result.status(), result::toString);
        assertEquals("Wrote the authentication certificate (利用者証明用電子証明書) to " + pem + " (pem).",
                result.out().strip());
        X509Certificate written = parse(Files.readAllBytes(pem));

        Path der = files.resolve("auth.der");
        cli.run("--sim", "cert", "show", "auth", "--format", "der", "--out", der.toString());
        assertArrayEquals(written.getEncoded(), Files.readAllBytes(der));

        Path text = files.resolve("auth.txt");
        cli.run("--sim", "--lang", "ja", "cert", "show", "auth", "--out", text.toString());
        assertTrue(Files.readString(text, StandardCharsets.UTF_8).startsWith("利用者証明用電子証明書\n主体者"));
        assertEquals(List.of(der, pem, text), listing(files), "no temporary file is left");
    }

    @Test
    void outReplacesAnExistingFileWhole() throws Exception {
        Path target = files.resolve("cert.pem");
        Files.writeString(target, "old content that is longer than nothing at all ".repeat(100));

        assertEquals(0, cli.run("--sim", "cert", "show", "auth-ca", "--format", "pem", "--out", target.toString())
                .status());

        assertTrue(Files.readString(target).startsWith("-----BEGIN CERTIFICATE-----"));
        assertFalse(Files.readString(target).contains("old content"));
    }

    @Test
    void outIntoAMissingDirectoryFailsAndLeavesNothing() throws Exception {
        Path target = files.resolve("gone").resolve("auth.pem");

        CliRunner.Result result = cli.run("--sim", "--json", "cert", "show", "auth", "--out", target.toString());

        assertEquals(20, result.status(), result::toString);
        assertEquals("file-error", result.json().at("/error/code").asText());
        assertEquals("Could not write " + target + ": no such file or directory. Nothing was left behind.",
                result.json().at("/error/message").asText(), "the target is named, not its temporary file");
        assertEquals(List.of(), listing(files));

        CliRunner.Result japanese = cli.run("--sim", "--lang", "ja", "cert", "show", "auth", "--out", target.toString());
        assertEquals("mynacard: " + target + " に書き込めませんでした: ファイルまたはディレクトリがありません。途中のファイルは残していません。",
                japanese.err().strip());
    }

    @Test
    void outOntoADirectoryFailsAndLeavesItAsItWas() throws Exception {
        Path directory = Files.createDirectory(files.resolve("existing"));
        Files.writeString(directory.resolve("keep.txt"), "keep");

        CliRunner.Result result = cli.run("--sim", "cert", "show", "auth", "--out", directory.toString());

        assertEquals(20, result.status(), result::toString);
        assertTrue(result.err().contains("is a directory"), result::toString);
        assertEquals(List.of(directory.resolve("keep.txt")), listing(directory));
        assertEquals(List.of(directory), listing(files), "no temporary file next to it either");
    }

    @Test
    void outBelowAFileFails() throws Exception {
        Path file = Files.writeString(files.resolve("plain"), "x");

        CliRunner.Result result = cli.run("--sim", "cert", "show", "auth", "--out", file.resolve("auth.pem").toString());

        assertEquals(20, result.status(), result::toString);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void theSimulatedCardIsValidWithSim() {
        CliRunner.Result result = cli.run("--sim", "cert", "verify", "auth");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.out().startsWith("The authentication certificate (利用者証明用電子証明書) is VALID.\n"
                + "Checked as of  2026-11-26 12:00:00 JST\n"
                + "Root           mynacard simulator user authentication root (not for production)"), result::toString);
        assertTrue(result.out().contains("  not checked  revocation "), result::toString);

        JsonNode json = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--json", "cert", "verify", "sign").json();
        assertTrue(json.at("/validation/valid").asBoolean(), json::toString);
        assertEquals("sign", json.at("/validation/id").asText());
        assertEquals("2026-11-26T03:00:00Z", json.at("/validation/at").asText());
        assertEquals("chain", json.at("/validation/checks/0/check").asText());
        assertEquals("passed", json.at("/validation/checks/0/outcome").asText());
    }

    @Test
    void aCertificateCheckedAfterItsExpiryIsNotValid() {
        CliRunner.Result result = cli.run("--sim", "--lang", "ja", "cert", "verify", "auth", "--at", "2031-01-01");

        assertEquals(3, result.status(), result::toString);
        assertTrue(result.out().startsWith("利用者証明用電子証明書は有効ではありません。\n"), result::toString);
        assertTrue(result.out().contains("  不合格  証明書の有効期間"), result::toString);
        assertTrue(result.out().contains("有効期限切れ (2030-05-05 23:59:59 JST まで、確認時点 2031-01-01"), result::toString);
    }

    @Test
    void badInputFilesStopBeforeTheCard() throws Exception {
        Path garbage = Files.writeString(files.resolve("list.crl"), "not a CRL");

        CliRunner.Result crl = cli.run("--sim", "--trace", "cert", "verify", "auth", "--crl", garbage.toString());
        assertEquals(20, crl.status(), crl::toString);
        assertTrue(crl.err().contains(garbage + ": not an X.509 CRL"), crl::toString);
        assertEquals(List.of(), crl.commands());

        CliRunner.Result root = cli.run("--sim", "--json", "cert", "verify", "auth", "--trust-root",
                files.resolve("missing.pem").toString());
        assertEquals(20, root.status());
        assertEquals("file-error", root.json().at("/error/code").asText());

        CliRunner.Result at = cli.run("--sim", "cert", "verify", "auth", "--at", "yesterday");
        assertEquals(2, at.status());
    }

    @Test
    void expiryOfBothCertificatesAndTheCard() {
        CliRunner.Result result = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "expiry");

        assertEquals(0, result.status(), result::toString);
        long cardDays = ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 26), LocalDate.of(2035, 5, 5));
        assertEquals(List.of(
                "authentication certificate (利用者証明用電子証明書)  2030-05-05  " + CERTIFICATE_DAYS + " days left",
                "signing certificate (署名用電子証明書)               2030-05-05  " + CERTIFICATE_DAYS + " days left",
                "card (マイナンバーカード本体)                        2035-05-05  " + cardDays + " days left",
                "The authentication certificate (利用者証明用電子証明書) can be renewed from 2030-02-05 (3 months before it expires).",
                "The signing certificate (署名用電子証明書) can be renewed from 2030-02-05 (3 months before it expires).",
                "The card (マイナンバーカード本体) can be renewed from 2035-02-05 (3 months before it expires).",
                "After a move, have the card registered at your new city office (市区町村の窓口) within 90 days of the"
                        + " moving-in notice (転入届), or it lapses.",
                "Note: the signing certificate lapses as soon as your name or address changes (a move, a marriage);"
                        + " it must then be reissued at the city office."), result.out().lines().toList());
    }

    @Test
    void expiryJsonHasTheDocumentedShape() {
        CliRunner.Result result = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--json", "cert", "expiry");

        assertEquals(0, result.status(), result::toString);
        long cardDays = ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 26), LocalDate.of(2035, 5, 5));
        assertEquals("{\"certificates\":["
                + "{\"id\":\"auth\",\"notAfter\":\"2030-05-05T14:59:59Z\",\"daysLeft\":" + CERTIFICATE_DAYS
                + ",\"renewable\":false,\"expired\":false},"
                + "{\"id\":\"sign\",\"notAfter\":\"2030-05-05T14:59:59Z\",\"daysLeft\":" + CERTIFICATE_DAYS
                + ",\"renewable\":false,\"expired\":false}],"
                + "\"card\":{\"notAfter\":\"2035-05-05T14:59:59Z\",\"daysLeft\":" + cardDays
                + ",\"renewable\":false,\"expired\":false},\"signCertificate\":true}", result.out().strip());
    }

    @Test
    void renewalDueHasItsOwnExitCode() {
        CliRunner.Result result = cli.at(Instant.parse("2030-03-01T00:00:00Z"))
                .runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "expiry");

        assertEquals(8, result.status(), result::toString);
        assertTrue(result.out().contains("65 days left, renewal open"), result::toString);
        assertTrue(result.out().contains("The authentication certificate (利用者証明用電子証明書) expires on 2030-05-05:"
                + " renew it now at your city office (市区町村の窓口), with the card."), result::toString);
        JsonNode json = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--json", "cert", "expiry").json();
        assertTrue(json.at("/certificates/0/renewable").asBoolean());
        assertFalse(json.at("/card/renewable").asBoolean());
    }

    @Test
    void expiredHasItsOwnExitCode() {
        cli.at(Instant.parse("2030-06-01T00:00:00Z")).locale(java.util.Locale.JAPANESE);

        CliRunner.Result result = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "expiry");

        assertEquals(9, result.status(), result::toString);
        assertTrue(result.out().contains("利用者証明用電子証明書  2030-05-05  27 日前に期限切れ"), result::toString);
        assertTrue(result.out().contains("利用者証明用電子証明書は 2030-05-05 に有効期限が切れ、使えません。"), result::toString);
        assertTrue(result.out().contains("署名用電子証明書は、氏名や住所が変わると"), result::toString);
    }

    private static X509Certificate parse(byte[] bytes) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
    }

    private static List<Path> listing(Path directory) throws Exception {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        }
    }
}
