/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card and token variants of real cards, made with {@code sim init} and read by the commands. */
class CardVariantsCliTest {
    private static final String NO_SIGN = "No signing certificate on this card (holders under 15 have none;"
            + " an adult may have declined it).";

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
    }

    @Test
    void aCardWithoutSigningCertificateIsShownAsSuchNotAsAnError() {
        CliRunner.Result init = cli.run("--sim", "sim", "init", "--no-sign-certificate");
        assertEquals(0, init.status(), init::toString);
        assertTrue(init.out().contains("The card has no signing certificate (EF 0008: 8F 00 00)"), init::toString);

        CliRunner.Result status = cli.run("--sim", "status");
        assertEquals(0, status.status(), status::toString);
        assertTrue(status.out().lines().anyMatch(l -> l.startsWith("Signing certificate") && l.endsWith(NO_SIGN)),
                status::toString);
        assertEquals("", status.err());
        assertFalse(cli.run("--sim", "--json", "status").json().at("/card/signCertificate").asBoolean());

        CliRunner.Result show = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "show", "sign");
        assertEquals(22, show.status(), show::toString);
        assertEquals(NO_SIGN + "\n", show.out());
        assertEquals("", show.err());
        JsonNode json = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--json", "cert", "show", "sign").json();
        assertFalse(json.at("/certificate/present").asBoolean());
        assertEquals("sign", json.at("/certificate/id").asText());

        Path out = home.resolve("sign.pem");
        CliRunner.Result toFile = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "show", "sign",
                "--format", "pem", "--out", out.toString());
        assertEquals(22, toFile.status(), toFile::toString);
        assertFalse(Files.exists(out), "nothing is written");

        // No password on standard input: the card says it has no signing certificate before one is asked.
        CliRunner.Result expiry = cli.run("--sim", "--pin-stdin", "cert", "expiry");
        assertEquals(0, expiry.status(), expiry::toString);
        List<String> lines = expiry.out().lines().toList();
        assertEquals(NO_SIGN, lines.get(lines.size() - 1));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("signing certificate")), expiry::toString);
        JsonNode expiryJson = cli.run("--sim", "--pin-stdin", "--json", "cert", "expiry").json();
        assertFalse(expiryJson.get("signCertificate").asBoolean());
        assertEquals(1, expiryJson.get("certificates").size());
    }

    @Test
    void aCardWithSigningCertificateSaysSoAndShowsTheLocality() {
        CliRunner.Result status = cli.run("--sim", "status");
        assertTrue(status.out().lines().anyMatch(l -> l.startsWith("Signing certificate") && l.contains("on the card")),
                status::toString);
        assertTrue(cli.run("--sim", "--json", "status").json().at("/card/signCertificate").asBoolean());

        CliRunner.Result show = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "show", "sign");
        assertEquals(0, show.status(), show::toString);
        assertTrue(show.out().contains("Address     茨城県つくば市研究学園９丁目９番地９\n"
                + "Locality    Ibaraki-ken, Tsukuba-shi\n"), show::toString);
        JsonNode json = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--json", "cert", "show", "sign").json();
        assertEquals("Ibaraki-ken", json.at("/certificate/holder/locality/0").asText());
        assertEquals("Tsukuba-shi", json.at("/certificate/holder/locality/1").asText());
        assertTrue(json.at("/certificate/subject").asText().contains("L=Tsukuba-shi"), json::toString);
    }

    @Test
    void aPhonesJpkiIsNamedAndItsTwoPinsShown() {
        for (String[] token : new String[][] {{"iphone", "JPKI on an iPhone (JPKIAPIOSTOKEN)", "ios"},
            {"android", "JPKI on an Android phone (JPKIAPGPSETOKEN)", "android"}}) {
            CliRunner.Result init = cli.run("--sim", "sim", "init", "--token", token[0]);
            assertEquals(0, init.status(), init::toString);
            CliRunner.Result status = cli.run("--sim", "status");
            assertEquals(0, status.status(), status::toString);
            assertEquals("Card                 " + token[1], status.out().lines().findFirst().orElseThrow(),
                    status::toString);
            assertFalse(status.out().contains("Card serial number"), "a phone has no card record");
            JsonNode json = cli.run("--sim", "--json", "status").json();
            assertEquals(token[2], json.at("/card/kind").asText());
            assertEquals(2, json.get("pins").size());
            assertTrue(json.at("/expiry/card").isMissingNode());

            CliRunner.Result pins = cli.run("--sim", "pin", "status");
            assertEquals(0, pins.status(), pins::toString);
            CliRunner.Result show = cli.run("--sim", "sim", "show");
            assertEquals(0, show.status(), show::toString);
            assertFalse(show.out().contains("Card serial number"), show::toString);
        }
    }

    @Test
    void anAndroidPhonesJpkiOverTheBridgeIsNotRefusedWhateverItsAtr() {
        CliRunner.Result init = cli.run("--sim", "sim", "init", "--token", "android", "--atr", "3B8880010000000000718100F9");
        assertEquals(0, init.status(), init::toString);
        int port = SimulatedPhone.freePort();
        try (SimulatedPhone phone = SimulatedPhone.holding(cli.stateFile(), port).start()) {
            CliRunner.Result status = cli.run("--bridge", Integer.toString(port), "status");

            assertEquals(0, status.status(), status::toString);
            assertTrue(status.out().startsWith("Card                 JPKI on an Android phone (JPKIAPGPSETOKEN)\n"),
                    status::toString);
            assertTrue(status.err().contains("card present (ATR 3B 88 80 01 00 00 00 00 00 71 81 00 F9)"),
                    status::toString);
        }
    }

    @Test
    void simInitTakesTheAtrAndTheRetryAnswerAndRefusesBadValues() {
        CliRunner.Result init = cli.run("--sim", "--json", "sim", "init", "--atr", "3B C5 FF 81 31 FB 45 80 73 C6 01 00 00",
                "--verified-empty", "63cx");
        assertEquals(0, init.status(), init::toString);
        assertEquals("3BC5FF8131FB458073C6010000", init.json().at("/sim/atr").asText());
        assertEquals("63cx", init.json().at("/sim/verifiedEmpty").asText());
        assertEquals(0, cli.run("--sim", "status").status(), "the card opens whatever its ATR");

        assertEquals(2, cli.run("--sim", "sim", "init", "--atr", "nothex").status());
        assertEquals(2, cli.run("--sim", "sim", "init", "--verified-empty", "6300").status());
        assertEquals(2, cli.run("--sim", "sim", "init", "--token", "JPKIAPIOSTOKEN").status());
    }

    @Test
    void pinStatusSaysVerifiedAndNoLimitInTextAndJson() {
        List<PinStatus> pins = List.of(
                new PinStatus(PinKind.AUTH, 3, 3, PinStatus.Reading.VERIFIED),
                new PinStatus(PinKind.SIGN, 5, 5, PinStatus.Reading.NO_LIMIT),
                new PinStatus(PinKind.TEXT, 0, 3));
        String text = TextOutput.render(Messages.of(Language.EN), out -> PinStatusView.text(out, pins));
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(1).startsWith("auth") && lines.get(1).contains("3 of 3") && lines.get(1).endsWith("verified"),
                text);
        assertTrue(lines.get(2).contains("no retry limit") && lines.get(2).endsWith("no limit"), text);
        assertTrue(text.contains("The auth PIN (利用者証明用電子証明書の暗証番号) is verified in this session (the card"
                + " answered 9000, not a count): all tries are left as far as the card tells."), text);
        assertTrue(lines.get(3).endsWith("BLOCKED"), text);

        JsonNode verified = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(PinStatusView.json(pins));
        assertEquals("verified", verified.at("/0/state").asText());
        assertEquals(3, verified.at("/0/remaining").asInt());
        assertEquals("no-limit", verified.at("/1/state").asText());
        assertTrue(verified.at("/1/remaining").isNull());
        assertEquals("blocked", verified.at("/2/state").asText());
        String japanese = TextOutput.render(Messages.of(Language.JA), out -> PinStatusView.text(out, pins));
        assertTrue(japanese.contains("照合済み") && japanese.contains("回数制限なし"), japanese);
    }
}
