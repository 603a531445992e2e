/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinCommandsTest {
    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
    }

    @Test
    void pinStatusShowsTheFourPinsInEnglish() {
        CliRunner.Result result = cli.run("--sim", "pin", "status");

        assertEquals(0, result.status(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals("PIN   name                                         tries left  state", lines.get(0));
        assertEquals("auth  auth PIN (利用者証明用電子証明書の暗証番号)  3 of 3      ok", lines.get(1));
        assertEquals("sign  sign password (署名用電子証明書の暗証番号)   5 of 5      ok", lines.get(2));
        assertEquals("text  text PIN (券面事項入力補助用の暗証番号)      3 of 3      ok", lines.get(3));
        assertEquals("juki  juki PIN (住民基本台帳用の暗証番号)          3 of 3      ok", lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void pinStatusInJapanese() {
        CliRunner.Result result = cli.run("--sim", "--lang", "ja", "pin", "status");

        assertEquals(0, result.status(), result::toString);
        assertEquals("auth  利用者証明用電子証明書の暗証番号          3/3       正常", result.out().lines().toList().get(1));
    }

    @Test
    void languageFollowsTheLocaleUnlessGiven() {
        assertTrue(cli.locale(Locale.JAPAN).run("--sim", "pin", "status").out().contains("残り回数"));
        assertTrue(cli.locale(Locale.JAPAN).run("--sim", "--lang=en", "pin", "status").out().contains("tries left"));
        assertTrue(cli.locale(Locale.GERMANY).run("--sim", "pin", "status").out().contains("tries left"));
    }

    @Test
    void pinStatusJsonHasTheDocumentedShape() {
        CliRunner.Result result = cli.run("--sim", "pin", "status", "--json");

        assertEquals(0, result.status(), result::toString);
        assertEquals("{\"pins\":[{\"id\":\"auth\",\"remaining\":3,\"max\":3,\"state\":\"ok\"},"
                + "{\"id\":\"sign\",\"remaining\":5,\"max\":5,\"state\":\"ok\"},"
                + "{\"id\":\"text\",\"remaining\":3,\"max\":3,\"state\":\"ok\"},"
                + "{\"id\":\"juki\",\"remaining\":3,\"max\":3,\"state\":\"ok\"}]}", result.out().strip());
        assertEquals("", result.err());
    }

    @Test
    void aRightPinIsAcceptedAndRestoresTheCounter() {
        assertEquals(5, cli.runWithStdin("0000\n", "--sim", "--pin-stdin", "pin", "verify", "text").status());

        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "pin", "verify", "text");

        assertEquals(0, result.status(), result::toString);
        assertEquals("The text PIN (券面事項入力補助用の暗証番号) is correct. It has all 3 tries again.", result.out().strip());
        assertEquals(3, remaining("text"));
    }

    @Test
    void pinVerifyJson() {
        CliRunner.Result result = cli.runWithStdin("abc123\n", "--sim", "--pin-stdin", "--json", "pin", "verify", "sign");

        assertEquals(0, result.status(), result::toString);
        assertEquals("{\"pin\":{\"id\":\"sign\",\"remaining\":5,\"max\":5,\"state\":\"ok\",\"verified\":true}}",
                result.out().strip());
    }

    @Test
    void aWrongPinLowersTheCountAndTheCountPersistsAcrossInvocations() {
        CliRunner.Result first = cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "pin", "verify", "auth");

        assertEquals(5, first.status(), first::toString);
        assertEquals("mynacard: Wrong auth PIN (利用者証明用電子証明書の暗証番号). 2 tries left.", first.err().strip());
        assertEquals(2, remaining("auth"));
        // A new runner on the same MYNACARD_HOME is a new invocation reading the saved state.
        assertEquals(2, remaining("auth"));
        assertEquals(3, remaining("text"), "other PINs are untouched");
    }

    @Test
    void wrongPinsDownToBlockedWithTheLastTryRefusedOnTheWay() {
        assertEquals(5, cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "pin", "verify", "juki").status());
        CliRunner.Result second = cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "pin", "verify", "juki");
        assertEquals(5, second.status());
        assertTrue(second.err().contains("ONE try left"), second::toString);

        CliRunner.Result refused = cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "--trace", "pin", "verify", "juki");
        assertEquals(7, refused.status(), refused::toString);
        assertTrue(refused.err().contains("has only one try left, so mynacard did not send it"), refused::toString);
        assertTrue(refused.commands().contains("00 20 00 9C"), "the counter was read: " + refused.commands());
        assertTrue(refused.commands().stream().noneMatch(command -> command.startsWith("00 20") && command.length() > 11),
                "no VERIFY with data: " + refused.commands());
        assertEquals(1, remaining("juki"));

        String status = cli.run("--sim", "pin", "status").out();
        assertTrue(status.contains("juki  juki PIN (住民基本台帳用の暗証番号)          1 of 3      LAST TRY"), status);
        assertTrue(status.contains("Warning: the juki PIN (住民基本台帳用の暗証番号) has ONE try left."), status);

        CliRunner.Result blocked = cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "--allow-last-try", "pin", "verify",
                "juki");
        assertEquals(6, blocked.status(), blocked::toString);
        assertTrue(blocked.err().contains("is blocked"), blocked::toString);
        assertTrue(blocked.err().contains("city office (市区町村の窓口)"), blocked::toString);
        assertEquals(0, remaining("juki"));

        CliRunner.Result again = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--allow-last-try", "--json", "pin",
                "verify", "juki");
        assertEquals(6, again.status(), "even the right PIN is refused once blocked");
        assertEquals("pin-blocked", again.json().at("/error/code").asText());
    }

    @Test
    void blockedPinsShowWhereToGetThemResetInBothLanguages() {
        for (int i = 0; i < 5; i++) {
            cli.runWithStdin("WRONG1\n", "--sim", "--pin-stdin", "--allow-last-try", "pin", "verify", "sign");
        }
        String english = cli.run("--sim", "pin", "status").out();
        assertTrue(english.contains("sign  sign password (署名用電子証明書の暗証番号)   0 of 5      BLOCKED"), english);
        assertTrue(english.contains("The sign password (署名用電子証明書の暗証番号) is BLOCKED. To reset it, take the card"
                + " and another proof of identity"), english);
        assertTrue(english.contains("official smartphone app (マイナポータル / JPKI利用者ソフト)"), english);
        assertTrue(english.contains("convenience-store kiosk"), english);

        String japanese = cli.run("--sim", "--lang", "ja", "pin", "status").out();
        assertTrue(japanese.contains("署名用電子証明書の暗証番号（パスワード）はロックされています。"), japanese);
        assertTrue(japanese.contains("コンビニのキオスク端末"), japanese);

        JsonNode json = cli.run("--sim", "--json", "pin", "status").json();
        assertEquals("blocked", json.at("/pins/1/state").asText());
        assertEquals(0, json.at("/pins/1/remaining").asInt());

        CliRunner.Result japaneseError = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--lang", "ja", "pin",
                "verify", "sign");
        assertEquals(6, japaneseError.status());
        assertTrue(japaneseError.err().contains("ロックされていて、初期化するまで使えません"), japaneseError::toString);
    }

    @Test
    void resetPinsRestoresEveryCounter() {
        cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "pin", "verify", "auth");
        cli.runWithStdin("0000\n", "--sim", "--pin-stdin", "pin", "verify", "text");

        CliRunner.Result reset = cli.run("sim", "reset-pins", "--json");

        assertEquals(0, reset.status(), reset::toString);
        assertEquals(3, reset.json().at("/sim/pins/0/remaining").asInt());
        assertEquals(3, remaining("auth"));
        assertEquals(3, remaining("text"));
    }

    @Test
    void aMalformedPinSendsNoApduAtAll() {
        CliRunner.Result result = cli.runWithStdin("12345\n", "--sim", "--pin-stdin", "--trace", "pin", "verify", "auth");

        assertEquals(2, result.status(), result::toString);
        assertEquals(List.of(), result.commands(), "nothing reached the card");
        assertTrue(result.err().contains("The auth PIN (利用者証明用電子証明書の暗証番号) must be 4 digits. Nothing was sent"),
                result::toString);
        assertEquals(3, remaining("auth"));

        CliRunner.Result password = cli.runWithStdin("abc\n", "--sim", "--pin-stdin", "--trace", "--json", "pin",
                "verify", "sign");
        assertEquals(2, password.status());
        assertEquals("usage", password.json().at("/error/code").asText());
        assertEquals(List.of(), password.commands());
    }

    @Test
    void traceRedactsThePinAndHidesResponseData() {
        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--trace", "pin", "verify", "auth");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.commands().contains("00 20 00 98 <redacted>"), result.commands().toString());
        assertFalse(result.err().contains("31 32 33 34"), "the PIN's bytes never show");
        CliRunner.Result status = cli.run("--sim", "--trace", "status");
        assertTrue(status.responses().contains("<32 bytes> 90 00"), "the token label's bytes never show: "
                + status.responses());
    }

    @Test
    void pinChangeTakesOldThenNewFromStdin() {
        CliRunner.Result change = cli.runWithStdin("1234\n5678\n", "--sim", "--pin-stdin", "pin", "change", "auth");

        assertEquals(0, change.status(), change::toString);
        assertEquals("The auth PIN (利用者証明用電子証明書の暗証番号) was changed. Use the new one from now on.",
                change.out().strip());
        assertEquals(5, cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "pin", "verify", "auth").status());
        assertEquals(0, cli.runWithStdin("5678\n", "--sim", "--pin-stdin", "pin", "verify", "auth").status());
        assertTrue(cli.run("sim", "show").out().contains("auth changed, sign default, text default, juki default"));
    }

    @Test
    void pinChangeReadsTwoLinesAndLeavesTheRestOfStdin() {
        CliRunner.Result change = cli.runWithStdin("1234\r\n5678\r\nnot a PIN\nnor this\n", "--sim", "--pin-stdin",
                "pin", "change", "text");

        assertEquals(0, change.status(), change::toString);
        assertEquals(0, cli.runWithStdin("5678\nextra\n", "--sim", "--pin-stdin", "pin", "verify", "text").status());
    }

    @Test
    void jsonErrorsCarryThePinAndItsCounter() {
        JsonNode wrong = pinVerifyJson("sign", "WRONG1");
        assertEquals(List.of("code", "pin", "remaining", "max", "message"), fieldNames(wrong));
        assertEquals("wrong-pin", wrong.get("code").asText());
        assertEquals("sign", wrong.get("pin").asText());
        assertEquals(4, wrong.get("remaining").asInt());
        assertEquals(5, wrong.get("max").asInt());
        assertTrue(wrong.get("message").asText().startsWith("Wrong sign password"), wrong::toString);

        assertCounter("wrong-pin", 2, 3, pinVerifyJson("auth", "9999"));
        assertCounter("wrong-pin", 1, 3, pinVerifyJson("auth", "9999"));
        assertCounter("last-try-refused", 1, 3, pinVerifyJson("auth", "9999"));
        assertCounter("pin-blocked", 0, 3, pinVerifyJson("auth", "9999", "--allow-last-try"));
        assertCounter("pin-blocked", 0, 3, pinVerifyJson("auth", "1234", "--allow-last-try"));

        JsonNode usage = pinVerifyJson("auth", "12");
        assertEquals(List.of("code", "message"), fieldNames(usage), "no counter for a PIN never sent");
    }

    private JsonNode pinVerifyJson(String pin, String value, String... options) {
        List<String> args = new ArrayList<>(List.of("--sim", "--pin-stdin", "--json"));
        args.addAll(List.of(options));
        args.addAll(List.of("pin", "verify", pin));
        return cli.runWithStdin(value + "\n", args.toArray(String[]::new)).json().get("error");
    }

    private static void assertCounter(String code, int remaining, int max, JsonNode error) {
        assertEquals(code, error.get("code").asText(), error::toString);
        assertEquals("auth", error.get("pin").asText(), error::toString);
        assertEquals(remaining, error.get("remaining").asInt(), error::toString);
        assertEquals(max, error.get("max").asInt(), error::toString);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theJukiPinChangesInBothCopies() {
        CliRunner.Result change = cli.runWithStdin("1234\n4321\n", "--sim", "--pin-stdin", "--json", "pin", "change",
                "juki");

        assertEquals(0, change.status(), change::toString);
        assertEquals("{\"pin\":{\"id\":\"juki\",\"changed\":true}}", change.out().strip());
        assertTrue(cli.run("sim", "show").out().contains("juki changed"), "both copies hold the new PIN");
    }

    @Test
    void aMalformedNewPinChangesNothingAndSendsNothing() {
        CliRunner.Result change = cli.runWithStdin("1234\n12\n", "--sim", "--pin-stdin", "--trace", "pin", "change",
                "text");

        assertEquals(2, change.status(), change::toString);
        assertEquals(List.of(), change.commands());
    }

    @Test
    void onAConsoleTheNewPinIsTypedTwice() {
        List<String> prompts = new ArrayList<>();
        java.util.Iterator<String> typed = List.of("1234", "5678", "5679").iterator();
        cli.console(prompt -> {
            prompts.add(prompt);
            return typed.next().toCharArray();
        });

        CliRunner.Result mismatch = cli.run("--sim", "pin", "change", "text");

        assertEquals(2, mismatch.status(), mismatch::toString);
        assertTrue(mismatch.err().contains("The two new text PIN (券面事項入力補助用の暗証番号)s differ"), mismatch::toString);
        assertEquals(List.of("text PIN (券面事項入力補助用の暗証番号) (4 digits): ",
                "New text PIN (券面事項入力補助用の暗証番号) (4 digits): ",
                "New text PIN (券面事項入力補助用の暗証番号) again: "), prompts);
        assertEquals(0, cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "pin", "verify", "text").status(),
                "the PIN is unchanged");
    }

    @Test
    void withoutAConsoleOrPinStdinNoPinCanBeRead() {
        CliRunner.Result result = cli.run("--sim", "--json", "pin", "verify", "auth");

        assertEquals(2, result.status());
        assertEquals("usage", result.json().at("/error/code").asText());
        assertTrue(result.json().at("/error/message").asText().contains("--pin-stdin"));
    }

    @Test
    void pinStdinWithoutALineIsAUsageError() {
        CliRunner.Result result = cli.runWithStdin("", "--sim", "--pin-stdin", "pin", "verify", "auth");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("standard input has no (more) lines"), result::toString);
    }

    @Test
    void aPinNeverComesFromTheCommandLine() {
        CliRunner.Result result = cli.run("--sim", "pin", "verify", "auth", "1234");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("PINs are never given on the command line"), result::toString);
        assertFalse(result.err().contains("1234"), "what might be a PIN is not echoed");
    }

    private int remaining(String pin) {
        JsonNode pins = cli.run("--sim", "--json", "pin", "status").json().get("pins");
        for (JsonNode entry : pins) {
            if (entry.get("id").asText().equals(pin)) {
                return entry.get("remaining").asInt();
            }
        }
        throw new AssertionError("no " + pin + " in " + pins);
    }
}
