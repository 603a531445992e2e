/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.NotAMyNumberCardException;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.pin.PinStatus;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ScriptedTransportTest {
    private static final String SELECT_JPKI = "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01";

    @Test
    void answersTheScriptAndFinishes() throws Exception {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect(SELECT_JPKI, "90 00")
                .expect("00 20 00 98", "63 C0")
                .build();
        PinStatus auth = new PinService(new CardSession(card)).status(PinKind.AUTH);
        assertEquals(PinStatus.State.BLOCKED, auth.state());
        card.assertFinished();
    }

    @Test
    void aCommandOffTheScriptFailsWithBothCommands() {
        ScriptedTransport card = ScriptedTransport.builder().expect("00 A4 04 0C 02 3F 00", "90 00").build();
        AssertionError e = assertThrows(AssertionError.class,
                () -> card.exchange(HexFormat.of().parseHex("00A4040C02DF01")));
        assertTrue(e.getMessage().contains("expected 00 A4 04 0C 02 3F 00"), e.getMessage());
        assertTrue(e.getMessage().contains("sent     00 A4 04 0C 02 DF 01"), e.getMessage());
    }

    @Test
    void dotsMatchAnyByteAndUnsentCommandsAreReported() throws Exception {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00 B0 .. .. 00", "01 02 90 00")
                .expect("00 B0 00 02 00", "90 00")
                .build();
        assertEquals("0102", HexFormat.of().formatHex(card.exchange(HexFormat.of().parseHex("00B0810000")), 0, 2));
        AssertionError e = assertThrows(AssertionError.class, card::assertFinished);
        assertTrue(e.getMessage().startsWith("1 scripted command(s) never sent"), e.getMessage());
        assertEquals(1, card.sent().size());
    }

    @Test
    void aCardWithoutTheJpkiApplicationIsNotAMyNumberCard() {
        ScriptedTransport card = ScriptedTransport.builder().expect(SELECT_JPKI, "6A 82").build();
        assertThrows(NotAMyNumberCardException.class, () -> MyNumberCard.open(card));
        card.assertFinished();
    }
}
