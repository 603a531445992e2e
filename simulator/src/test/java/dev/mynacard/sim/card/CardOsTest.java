/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import org.junit.jupiter.api.Test;

import static dev.mynacard.sim.card.CardSession.JPKI;
import static dev.mynacard.sim.card.CardSession.TEXT;
import static dev.mynacard.sim.card.CardSession.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Selection, class bytes and instructions: what the card answers before any file is read. */
class CardOsTest extends LoadedCardTest {
    @Test
    void atrIsTheMyNumberCardContactAtr() {
        assertEquals("3BE000FF8131FE4514", hex(card.atr()));
        assertEquals("3BE000FF8131FE4514", hex(card.transport().atr()));
    }

    @Test
    void selectByNameWithoutFciAnswers9000AndNoData() {
        assertEquals(0, s.expect(0x9000, "00A4040C0A" + JPKI).dataLength());
    }

    @Test
    void selectByNameWithFciAnswersTheDfName() {
        assertEquals("6F0C840A" + JPKI, hex(s.expect(0x9000, "00A404000A" + JPKI + "00").data()));
        assertEquals("6F0C840A" + TEXT, hex(s.expect(0x9000, "00A404000A" + TEXT).data()));
    }

    @Test
    void unknownAidsAreNotFoundWithOrWithoutACurrentApplication() {
        s.expect(0x6A82, "00A4040C07A0000000030000");
        s.expect(0x6A82, "00A404000CA000000063504B43532D3135");
        s.selectAp(JPKI);
        s.expect(0x6A82, "00A4040C07A0000000030000");
        // the failed SELECT leaves JPKI selected
        s.expect(0x9000, "00A4020C02000A");
    }

    @Test
    void aPrefixOfAnAidSelectsNothing() {
        s.expect(0x6A82, "00A4040C05D392F00026");
        s.expect(0x6986, "00B0000004");
    }

    @Test
    void selectByNameWithoutDataSelectsNothing() {
        s.expect(0x6A82, "00A40400");
        s.expect(0x6A82, "00A4040000");
        s.expect(0x6986, "00B0000004");
    }

    @Test
    void anExtendedLengthSelectByNameIsNoSelection() {
        s.expect(0x6A82, "00A4040C00000A" + JPKI);
        s.selectAp(TEXT);
        s.expect(0x6A82, "00A4040C00000A" + JPKI);
        s.expect(0x9000, "00B0850000");
    }

    @Test
    void selectByNameWithAnUnsupportedP2IsRefused() {
        s.expect(0x6A86, "00A404040A" + JPKI);
        s.expect(0x6A86, "00A404020A" + JPKI);
    }

    @Test
    void thereIsNoUsableMasterFile() {
        s.expect(0x6A86, "00A40000");
        s.expect(0x6A82, "00A4000C023F00");
        s.expect(0x6A82, "00A4020C02000A");
        s.selectAp(JPKI);
        s.expect(0x6A86, "00A40000");
        s.expect(0x6A82, "00A4000C023F00");
    }

    @Test
    void selectEfChecksItsParameters() {
        s.selectAp(JPKI);
        s.expect(0x6A82, "00A4020C020005");
        s.expect(0x6700, "00A4020C0300000A");
        s.expect(0x6A86, "00A4020002000A");
        s.expect(0x6A86, "00A4070C02000A");
    }

    @Test
    void onlyTheBasicLogicalChannelExists() {
        s.expect(0x6881, "01A4040C0A" + JPKI);
        s.expect(0x6881, "41A4040C0A" + JPKI);
        s.expect(0x6881, "0070000001");
        s.selectAp(JPKI);
        s.expect(0x6881, "01A4020C02000A");
        s.expect(0x6881, "81B0000004");
    }

    @Test
    void secureMessagingIsNotSupported() {
        s.expect(0x6882, "0CA4040C0A" + JPKI);
        s.expect(0x6882, "08A4040C0A" + JPKI);
        s.selectAp(JPKI);
        s.expect(0x6882, "0CA4020C02000A");
        s.expect(0x6882, "0CB0000004");
    }

    @Test
    void unknownClassesAndInstructions() {
        s.expect(0x6E00, "20A4040C0A" + JPKI);
        s.expect(0x6E00, "A0B0000004");
        s.expect(0x6E00, "FFCA000000");
        s.selectAp(JPKI);
        s.expect(0x6D00, "00CA010000");
        s.expect(0x6D00, "00C0000000");
        s.expect(0x6D00, "00600000");
    }

    @Test
    void commandsWithoutASelectedApplicationAreNotAllowed() {
        s.expect(0x6986, "00B0000004");
        s.expect(0x6986, "00200080");
    }

    @Test
    void malformedApdusAreWrongLength() {
        s.expect(0x6700, "00A4");
        s.expect(0x6700, "00A4040C0AD392");
        s.expect(0x6700, "00B000000000");
    }
}
