/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.state.CardImageDump;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class IssuerTest {
    private final Issuer issuer = Issuer.standard();

    @Test
    void theSameProfileGivesAByteIdenticalCard() throws Exception {
        IssuedCard first = issuer.issue(DefaultCard.profile());
        IssuedCard again = issuer.issue(DefaultCard.profile());
        assertEquals(CardImageDump.of(first.image()), CardImageDump.of(again.image()));
        assertArrayEquals(first.authCertificate().getEncoded(), again.authCertificate().getEncoded());
        assertArrayEquals(first.signCertificate().orElseThrow().getEncoded(),
                again.signCertificate().orElseThrow().getEncoded());
    }

    @Test
    void anotherSeedGivesOtherKeysSerialsAndNumbers() {
        HolderProfile derived = DefaultCard.profile().toBuilder().myNumber(null).cardSerial(null).securityCode(null).build();
        IssuedCard one = issuer.issue(derived.toBuilder().seed(1).build());
        IssuedCard two = issuer.issue(derived.toBuilder().seed(2).build());
        assertNotEquals(authKey(one).modulus(), authKey(two).modulus());
        assertNotEquals(one.authCertificate().getSerialNumber(), two.authCertificate().getSerialNumber());
        assertNotEquals(one.facts().authSubjectId(), two.facts().authSubjectId());
        assertNotEquals(one.facts().myNumber(), two.facts().myNumber());
        assertNotEquals(one.facts().cardSerial(), two.facts().cardSerial());
        assertNotEquals(authKey(one).modulus(), ImageFiles.get(one.image(), CardLayout.JPKI_AID, 0x001A,
                KeyFile.class).key().modulus(), "auth and sign keys differ");
    }

    @Test
    void derivedNumbersAreWellFormed() {
        IssuedCard card = issuer.issue(DefaultCard.profile().toBuilder()
                .myNumber(null).cardSerial(null).securityCode(null).seed(3).build());
        assertTrue(MyNumber.isValid(card.facts().myNumber()));
        assertTrue(card.facts().cardSerial().matches("\\d{15}"));
        assertTrue(card.facts().securityCode().matches("\\d{4}"));
        assertTrue(card.facts().verificationNumberB().matches("\\d{14}"));
        assertTrue(card.facts().verificationNumberB().endsWith("2035" + card.facts().securityCode()));
        CardLayoutTest.assertPin(card.image(), CardLayout.TEXT_AID, 0x0014, card.facts().myNumber(),
                PinFormat.DIGITS_12, 10, 10);
    }

    @Test
    void anInvalidNumberNeedsExplicitPermissionAndIsThenWrittenAsGiven() {
        HolderProfile.Builder bad = DefaultCard.profile().toBuilder().myNumber("123456789017");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, bad::build);
        assertFalse(refused.getMessage().contains("123456789017"), "no 個人番号 in messages");
        IssuedCard card = issuer.issue(bad.invalidMyNumberAllowed(true).build());
        byte[] ef = ImageFiles.get(card.image(), CardLayout.TEXT_AID, 0x0001, BinaryFile.class).content();
        assertEquals("123456789017", new String(ef, 3, 12, StandardCharsets.US_ASCII));
    }

    @Test
    void withoutSignCertificateTheSignEfsAreAbsentAndTheFlagsSaySo() {
        IssuedCard card = issuer.issue(DefaultCard.profile().toBuilder()
                .birthDate(LocalDate.of(2015, 8, 1)).signCertificate(false).build());
        assertTrue(card.signCertificate().isEmpty());
        assertEquals("8F0000", HexFormat.of().withUpperCase().formatHex(
                ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x0008, BinaryFile.class).content()));
        for (int absent : new int[] {0x0001, 0x001A, 0x001B}) {
            assertTrue(ImageFiles.find(card.image(), CardLayout.JPKI_AID, absent).isEmpty(),
                    String.format("EF %04X absent", absent));
        }
        assertTrue(ImageFiles.find(card.image(), CardLayout.JPKI_AID, 0x0002).isPresent(), "sign root kept");
        // under 18: 5 birthdays after 2025-06-02, the 1st being 2025-08-01, so the 5th is 2029-08-01
        assertEquals(LocalDate.of(2029, 8, 1), card.facts().cardExpiry());
    }

    @Test
    void usedAndBlockedCountersAreIssuedAsGiven() {
        IssuedCard card = issuer.issue(DefaultCard.profile().toBuilder()
                .pinTries(PinTries.FULL.withAuth(0).withSign(2).withText(1).withJuki(0)).build());
        CardLayoutTest.assertPin(card.image(), CardLayout.JPKI_AID, 0x0018, "1234", PinFormat.DIGITS_4, 3, 0);
        CardLayoutTest.assertPin(card.image(), CardLayout.JPKI_AID, 0x001B, "ABC123", PinFormat.ALPHANUMERIC_6_16, 5, 2);
        CardLayoutTest.assertPin(card.image(), CardLayout.TEXT_AID, 0x0011, "1234", PinFormat.DIGITS_4, 3, 1);
        CardLayoutTest.assertPin(card.image(), CardLayout.COMMON_AID, 0x001C, "1234", PinFormat.DIGITS_4, 3, 0);
        CardLayoutTest.assertPin(card.image(), CardLayout.JUKI_AID, 0x001C, "1234", PinFormat.DIGITS_4, 3, 0);
    }

    @Test
    void customPinsReachEveryCopy() {
        IssuedCard card = issuer.issue(DefaultCard.profile().toBuilder()
                .pins(Pins.DEFAULT.withAuth("0000").withSignPassword("PASSWORD99").withText("1111").withJuki("2222"))
                .build());
        CardLayoutTest.assertPin(card.image(), CardLayout.JPKI_AID, 0x0018, "0000", PinFormat.DIGITS_4, 3, 3);
        CardLayoutTest.assertPin(card.image(), CardLayout.JPKI_AID, 0x001B, "PASSWORD99", PinFormat.ALPHANUMERIC_6_16, 5, 5);
        CardLayoutTest.assertPin(card.image(), CardLayout.TEXT_AID, 0x0011, "1111", PinFormat.DIGITS_4, 3, 3);
        CardLayoutTest.assertPin(card.image(), CardLayout.COMMON_AID, 0x001C, "2222", PinFormat.DIGITS_4, 3, 3);
        CardLayoutTest.assertPin(card.image(), CardLayout.JUKI_AID, 0x001C, "2222", PinFormat.DIGITS_4, 3, 3);
    }

    @Test
    void malformedProfilesAreRefusedWithoutEchoingSecrets() {
        assertThrows(IllegalArgumentException.class, () -> Pins.DEFAULT.withAuth("12345"));
        IllegalArgumentException lower = assertThrows(IllegalArgumentException.class,
                () -> Pins.DEFAULT.withSignPassword("abc123"));
        assertFalse(lower.getMessage().contains("abc123"));
        assertThrows(IllegalArgumentException.class, () -> Pins.DEFAULT.withSignPassword("ABC12"));
        assertThrows(IllegalArgumentException.class, () -> PinTries.FULL.withSign(6));
        assertThrows(IllegalArgumentException.class, () -> PinTries.FULL.withAuth(-1));
        assertThrows(IllegalArgumentException.class,
                () -> DefaultCard.profile().toBuilder().birthDate(LocalDate.of(2026, 1, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> DefaultCard.profile().toBuilder().securityCode("123").build());
        assertThrows(IllegalArgumentException.class, () -> DefaultCard.profile().toBuilder().municipalityCode("8220").build());
        assertThrows(IllegalArgumentException.class, () -> DefaultCard.profile().toBuilder().name(" ").build());
        assertFalse(DefaultCard.profile().toString().contains("123456789018"));
        assertFalse(Pins.DEFAULT.toString().contains("ABC123"));
    }

    @Test
    void anAddressTooLongForTheCertificateEfIsRefused() {
        HolderProfile huge = DefaultCard.profile().toBuilder().address("東".repeat(400)).build();
        assertThrows(IllegalArgumentException.class, () -> issuer.issue(huge));
    }

    private static KeyFile.RsaCrtKey authKey(IssuedCard card) {
        return ImageFiles.get(card.image(), CardLayout.JPKI_AID, 0x0017, KeyFile.class).key();
    }
}
