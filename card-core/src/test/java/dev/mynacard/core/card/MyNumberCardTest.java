/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.cert.CardInfo;
import dev.mynacard.core.cert.ExpiryReport;
import dev.mynacard.sim.issue.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyNumberCardTest {

    @Test
    void opensTheDefaultCardWithTwoApdus() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        try (MyNumberCard card = MyNumberCard.open(wire)) {
            assertEquals(new TokenInfo("JPKIAPICCTOKEN2", CardKind.MY_NUMBER_CARD), card.tokenInfo());
            assertEquals(List.of("00 A4 04 0C", "00 B0 86 00"), wire.headers());
        }
    }

    @Test
    void openExclusiveHoldsTheCardAndSavesTheSecondSelectOfJpki() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        try (MyNumberCard card = MyNumberCard.openExclusive(wire)) {
            card.pins().statusAll();
            card.pins().statusAll();
            assertEquals(1, wire.exclusives(), "one exclusive access for the whole run");
        }
        assertEquals(List.of("00 A4 04 0C", "00 20 00 98", "00 20 00 9B",
                "00 A4 04 0C", "00 20 00 91", "00 A4 04 0C", "00 20 00 9C",
                "00 A4 04 0C", "00 20 00 98", "00 20 00 9B", "00 A4 04 0C", "00 20 00 91",
                "00 A4 04 0C", "00 20 00 9C"), wire.headers());

        CountingTransport plain = TestCards.freshDefault();
        try (MyNumberCard card = MyNumberCard.open(plain)) {
            plain.reset();
            card.pins().statusAll();
            assertEquals("00 A4 04 0C", plain.headers().get(0), "without a hold the selection is forgotten");
        }
    }

    @Test
    void openExclusiveReleasesTheCardWhenItIsNotAMyNumberCard() {
        CountingTransport wire = new CountingTransport(new CardSessionTest.CardTransportStub(c -> new byte[] {0x6A, (byte) 0x82}));
        assertThrows(NotAMyNumberCardException.class, () -> MyNumberCard.openExclusive(wire));
        assertEquals(0, wire.openExclusives(), "exclusive access released");
    }

    @Test
    void aCardWithoutJpkiIsNotAMyNumberCard() {
        CountingTransport wire = new CountingTransport(new CardSessionTest.CardTransportStub(c -> new byte[] {0x6A, (byte) 0x82}));
        NotAMyNumberCardException e = assertThrows(NotAMyNumberCardException.class, () -> MyNumberCard.open(wire));
        assertTrue(e.tokenInfo().isEmpty());
        assertEquals(1, wire.count());
    }

    @Test
    void openExclusiveReadsTheTokenLabelOnlyWhenAsked() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        try (MyNumberCard card = MyNumberCard.openExclusive(wire)) {
            assertEquals(List.of("00 A4 04 0C"), wire.headers());
            assertEquals(CardKind.MY_NUMBER_CARD, card.tokenInfo().kind());
            assertEquals(CardKind.MY_NUMBER_CARD, card.tokenInfo().kind());
            assertEquals(List.of("00 A4 04 0C", "00 B0 86 00"), wire.headers(), "read once, JPKI still selected");
        }
    }

    @Test
    void tokensOtherThanCardsAndPhonesAreRefusedAndNamed() throws Exception {
        CardKind kind = CardKind.JUKI_CARD;
        byte[] label = Arrays.copyOf((kind.label() + " ".repeat(32)).getBytes(StandardCharsets.US_ASCII), 34);
        label[32] = (byte) 0x90;
        label[33] = 0x00;
        CardSessionTest.CardTransportStub token = new CardSessionTest.CardTransportStub(
                c -> c[1] == (byte) 0xB0 ? label : new byte[] {(byte) 0x90, 0x00});
        NotAMyNumberCardException e = assertThrows(NotAMyNumberCardException.class, () -> MyNumberCard.open(token));
        assertEquals(kind, e.tokenInfo().orElseThrow().kind());
        assertTrue(e.getMessage().contains(kind.label()), e.getMessage());

        try (MyNumberCard lazy = MyNumberCard.openExclusive(token)) {
            NotAMyNumberCardException asked = assertThrows(NotAMyNumberCardException.class, lazy::tokenInfo);
            assertEquals(kind, asked.tokenInfo().orElseThrow().kind());
        }
    }

    @Test
    void tokenLabels() throws Exception {
        byte[] ef = new byte[160];
        Arrays.fill(ef, (byte) ' ');
        System.arraycopy("SOMETHING".getBytes(StandardCharsets.US_ASCII), 0, ef, 0, 9);
        assertEquals(new TokenInfo("SOMETHING", CardKind.UNKNOWN), TokenInfo.parse(ef));
        ef[3] = 0x07;
        assertThrows(MalformedCardResponseException.class, () -> TokenInfo.parse(ef));
        assertThrows(MalformedCardResponseException.class, () -> TokenInfo.parse(new byte[31]));
    }

    @Test
    void cardInfoFromTheCommonApRecord() throws Exception {
        IssuedCard issued = TestCards.defaultCard();
        CountingTransport wire = new CountingTransport(TestCards.load(issued).transport());
        try (MyNumberCard card = MyNumberCard.open(wire)) {
            wire.reset();
            CardInfo info = card.cardInfo();
            assertEquals(new CardInfo("000000000000001", "08220", LocalDate.of(2035, 5, 5)), info);
            assertEquals(issued.facts().cardExpiry(), info.expiryDate());
            assertEquals(List.of("00 A4 04 0C", "00 B2 01 0C"), wire.headers());
            ExpiryReport expiry = card.cardExpiry();
            assertEquals(LocalDate.of(2035, 5, 5), expiry.lastValidDay());
        }
    }
}
