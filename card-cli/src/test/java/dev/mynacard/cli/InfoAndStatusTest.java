/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoAndStatusTest {
    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
    }

    @Test
    void infoMasksTheIndividualNumber() {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "info");

        assertEquals(0, result.status(), result::toString);
        assertEquals(List.of(
                "Name        山田　太郎",
                "Birth date  昭和55年5月5日 (1980-05-05)",
                "Sex         male",
                "Address     茨城県つくば市研究学園９丁目９番地９",
                "個人番号    ********9018",
                "(only the last 4 digits are shown; --show-number shows all)"), result.out().lines().toList());
        assertFalse(result.out().contains("12345678"));
    }

    @Test
    void infoShowsTheWholeNumberOnlyWhenAsked() {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--lang", "ja", "info",
                "--show-number");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.out().contains("個人番号  123456789018\n"), result::toString);
        assertTrue(result.out().contains("性別      男性\n"), result::toString);
    }

    @Test
    void infoJson() {
        JsonNode masked = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "info").json().get("info");
        assertEquals("********9018", masked.get("individualNumber").asText());
        assertTrue(masked.get("individualNumberMasked").asBoolean());
        assertTrue(masked.get("checkDigitValid").asBoolean());
        assertEquals("山田　太郎", masked.get("name").asText());
        assertEquals("1980-05-05", masked.get("birthDate").asText());

        JsonNode shown = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "info", "--show-number").json();
        assertEquals("123456789018", shown.at("/info/individualNumber").asText());
        assertFalse(shown.at("/info/individualNumberMasked").asBoolean());
    }

    @Test
    void neitherTheNumberNorTheNameReachesATrace() {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--trace", "info", "--show-number");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.responses().contains("<17 bytes> 90 00"), result.responses().toString());
        String trace = String.join("\n", result.err().lines().filter(l -> l.startsWith("<") || l.startsWith(">")).toList());
        HexFormat hex = HexFormat.ofDelimiter(" ").withUpperCase();
        assertFalse(trace.contains(hex.formatHex("9018".getBytes(StandardCharsets.US_ASCII))), trace);
        assertFalse(trace.contains(hex.formatHex("山田".getBytes(StandardCharsets.UTF_8))), trace);
        assertFalse(result.err().contains("9018"), "no digit of the number on stderr");
    }

    @Test
    void infoWithAWrongTextPin() {
        CliRunner.Result result = cli.runWithStdin("4321\n", "--sim", "--pin-stdin", "info");

        assertEquals(5, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().contains("Wrong text PIN"), result::toString);
    }

    @Test
    void statusInOneView() {
        CliRunner.Result result = cli.run("--sim", "status");

        assertEquals(0, result.status(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals("Card                 My Number Card (JPKIAPICCTOKEN2)", lines.get(0));
        assertEquals("Where                simulated card, state in " + cli.stateFile(), lines.get(1));
        assertEquals("Card serial number   000000000000001", lines.get(2));
        assertEquals("Municipality code    08220", lines.get(3));
        assertEquals("Signing certificate  on the card (read only with the sign password: see mynacard cert expiry)",
                lines.get(4));
        assertTrue(lines.contains("auth  auth PIN (利用者証明用電子証明書の暗証番号)  3 of 3      ok"), result.out());
        assertTrue(result.out().contains("authentication certificate (利用者証明用電子証明書)  2030-05-05"), result.out());
        assertTrue(result.out().contains("card (マイナンバーカード本体)                        2035-05-05"), result.out());
    }

    @Test
    void statusInJapaneseAndJson() {
        CliRunner.Result japanese = cli.run("--sim", "--lang", "ja", "status");
        assertTrue(japanese.out().startsWith("カード                マイナンバーカード（JPKIAPICCTOKEN2）\n"), japanese::toString);
        assertTrue(japanese.out().contains("署名用電子証明書      あり"), japanese::toString);

        JsonNode json = cli.run("--sim", "--json", "status").json();
        assertEquals("my-number-card", json.at("/card/kind").asText());
        assertEquals("JPKIAPICCTOKEN2", json.at("/card/label").asText());
        assertTrue(json.at("/card/simulated").asBoolean());
        assertEquals(4, json.get("pins").size());
        assertEquals("auth", json.at("/expiry/certificates/0/id").asText());
        assertEquals(1, json.at("/expiry/certificates").size());
        assertEquals("2035-05-05T14:59:59Z", json.at("/expiry/card/notAfter").asText());
    }

    @Test
    void readersWithSimIsTheSimulatedCard() {
        JsonNode json = cli.run("--sim", "--json", "readers").json();

        assertEquals(1, json.get("readers").size());
        assertTrue(json.at("/readers/0/cardPresent").asBoolean());
        assertTrue(json.at("/readers/0/name").asText().startsWith("mynacard simulated card"));
    }
}
