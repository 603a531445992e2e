/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The city office's advice mynacard repeats, each only when it applies. The default card expires 2035-05-05. */
class ResidentAdviceTest {
    private static final String RESIDENT = "If you are a foreign resident (中長期在留者), the card expires with your period"
            + " of stay: after renewing your status of residence, have the card's validity changed at your city office"
            + " before 2035-05-05, or the card lapses.";
    private static final String LOST = "If the card is lost or stolen, have it suspended at once: My Number general"
            + " toll-free line 0120-95-0178 (24 hours for suspension).";
    private static final String MOVED = "After a move, have the card registered at your new city office (市区町村の窓口)"
            + " within 90 days of the moving-in notice (転入届), or it lapses.";

    @TempDir
    Path home;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(home);
    }

    @Test
    void residentNoteOnlyWhileTheCardsExpiryIsNear() {
        String farOff = cli.run("--sim", "status").out();
        String near = cli.at(Instant.parse("2035-03-01T03:00:00Z")).run("--sim", "status").out();
        String japanese = cli.run("--sim", "--lang", "ja", "status").out();
        String expiryNear = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "expiry").out();
        String expired = cli.at(Instant.parse("2035-06-01T03:00:00Z")).run("--sim", "status").out();

        assertFalse(farOff.contains("中長期在留者"), farOff);
        assertTrue(near.contains(RESIDENT + "\n"), near);
        assertTrue(japanese.contains("中長期在留者の方のカードは在留期間の満了日に有効期限を迎えます。在留期間を更新したら 2035-05-05"
                + " までに市区町村の窓口でカードの有効期間の変更手続きをしてください。"), japanese);
        assertTrue(expiryNear.contains(RESIDENT), expiryNear);
        assertFalse(expired.contains("中長期在留者"), "an expired card needs a new one: " + expired);
    }

    @Test
    void suspensionLineOnlyWhenAPinIsBlocked() {
        String unblocked = cli.run("--sim", "pin", "status").out();
        for (int i = 0; i < 3; i++) {
            cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "--allow-last-try", "pin", "verify", "auth");
        }

        String blocked = cli.run("--sim", "pin", "status").out();
        String status = cli.run("--sim", "status").out();
        String japanese = cli.run("--sim", "--lang", "ja", "pin", "status").out();

        assertFalse(unblocked.contains("0120-95-0178"), unblocked);
        assertTrue(blocked.endsWith(LOST + "\n"), blocked);
        assertTrue(status.contains(LOST), status);
        assertTrue(japanese.contains("マイナンバー総合フリーダイヤル 0120-95-0178（一時利用停止は 24 時間受付）"), japanese);
    }

    @Test
    void moveNoteForACardNotForAPhonesJpki() {
        CliRunner.Result card = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "expiry");
        String japanese = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--lang", "ja", "cert", "expiry").out();
        assertEquals(0, cli.run("--sim", "sim", "init", "--token", "android").status());
        CliRunner.Result phone = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "expiry");

        assertEquals(0, card.status(), card::toString);
        assertTrue(card.out().endsWith(MOVED + "\nNote: the signing certificate lapses as soon as your name or address"
                + " changes (a move, a marriage); it must then be reissued at the city office.\n"), card::toString);
        assertTrue(japanese.contains("転入届から 90 日以内に"), japanese);
        assertEquals(0, phone.status(), phone::toString);
        assertTrue(phone.out().contains("signing certificate lapses"), phone::toString);
        assertFalse(phone.out().contains("90 days"), "a phone's JPKI is not registered at the city office: " + phone);
    }
}
