/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.image.RecordFile;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.util.List;

import static dev.mynacard.sim.card.CardSession.JPKI;
import static dev.mynacard.sim.card.CardSession.TEXT;
import static dev.mynacard.sim.card.CardSession.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The personalisation protocol on a blank card, its lock, and the snapshot/load round trip. */
class PersonalisationTest {
    private static final String[] PERSONALISATION_COMMANDS = {
        "80E0000006000A01000400", "00D6000001AA", "00DC010401AA", "80E2000004" + hex(TestImages.ascii("1234")),
        "80E4000101AA", "80E60000"};

    @Test
    void aBlankCardIsPersonalisedThroughApdus() {
        CardSession s = new CardSession(SimulatedCard.blank());
        s.selectAp(TEXT);
        s.expect(0x9000, "80E00000 08 0005 01 0004 01 0011");
        s.expect(0x9000, "00D6000004 01020304");
        s.expect(0x9000, "80E00000 09 0011 03 0000 00 010303");
        s.expect(0x9000, "80E20000 04" + hex(TestImages.ascii("2580")));
        s.expect(0x9000, "80E60000");
        s.selectAp(TEXT);
        s.expect(0x6982, "00B0850000");
        s.expect(0x9000, "0020009104" + hex(TestImages.ascii("2580")));
        assertEquals("01020304", hex(s.expect(0x9000, "00B0850000").data()));
    }

    @Test
    void personalisationCommandsAnswer6D00AfterEndPersonalisation() {
        CardSession s = new CardSession(SimulatedCard.load(TestImages.image()));
        for (String aid : new String[] {JPKI, TEXT, CardSession.COMMON, CardSession.JUKI,
                hex(CardApplication.VISUAL.aid())}) {
            s.selectAp(aid);
            for (String command : PERSONALISATION_COMMANDS) {
                s.expect(0x6D00, command);
            }
        }
    }

    @Test
    void createEfRefusesDuplicatesBadTypesAndBadLengths() {
        CardSession s = new CardSession(SimulatedCard.blank());
        s.selectAp(JPKI);
        s.expect(0x9000, "80E00000 06 000A 01 0010 00");
        s.expect(0x6A89, "80E00000 06 000A 01 0010 00");
        s.expect(0x6A80, "80E00000 06 000C 09 0010 00");
        s.expect(0x6700, "80E00000 07 000C 01 0010 01 00");
        s.expect(0x6700, "80E00000 06 000C 03 0000 00");
        s.expect(0x6A80, "80E00000 09 000C 03 0000 00 050303");
        s.expect(0x6A80, "80E00000 09 000C 03 0000 00 010304");
        s.expect(0x6A80, "80E00000 09 000C 03 0000 00 011010");
    }

    @Test
    void updatesStayInsideTheirFiles() {
        CardSession s = new CardSession(SimulatedCard.blank());
        s.selectAp(JPKI);
        s.expect(0x9000, "80E00000 06 000A 01 0004 00");
        s.expect(0x6700, "00D6000005 0102030405");
        s.expect(0x6700, "00D6000302 0102");
        s.expect(0x6B00, "00D6000401 01");
        s.expect(0x9000, "00D6000301 04");
        s.expect(0x6981, "00DC010401 01");
        s.expect(0x9000, "80E00000 06 0001 02 0003 00");
        s.expect(0x6A83, "00DC020401 01");
        s.expect(0x6700, "00DC010404 01020304");
        s.expect(0x9000, "00DC010403 010203");
        s.expect(0x9000, "00DC020401 04");
        s.expect(0x9000, "80E00000 09 0018 03 0000 00 010303");
        s.expect(0x6A80, "80E20000 05" + hex(TestImages.ascii("12345")));
        s.expect(0x9000, "80E00000 08 0017 04 0100 01 0018");
        s.expect(0x6A86, "80E4000801 01");
        s.expect(0x6700, "80E40001 81 01" + hex(new byte[128]));
        s.expect(0x9000, "80E40001 81 00" + hex(new byte[127]) + "01");
    }

    @Test
    void snapshotReturnsTheImageItWasLoadedWith() {
        assertSameImage(TestImages.image(), SimulatedCard.load(TestImages.image()).snapshot());
    }

    @Test
    void loadOfASnapshotKeepsCountersChangedPinsAndKeys() throws GeneralSecurityException {
        SimulatedCard card = SimulatedCard.load(TestImages.image());
        CardSession s = new CardSession(card);
        s.selectAp(JPKI);
        s.expect(0x63C2, "0020009804" + hex(TestImages.ascii("0000")));
        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        s.expect(0x9000, "0024019B08" + hex(TestImages.ascii("NEWPASS1")));
        s.selectAp(TEXT);
        for (int i = 0; i < 3; i++) {
            s.send("0020009104" + hex(TestImages.ascii("0000")));
        }
        s.selectAp(JPKI);
        s.expect(0x9000, "0020009B08" + hex(TestImages.ascii("NEWPASS1")));
        byte[] digestInfo = SignatureTest.digestInfo(TestImages.ascii("round trip"));
        String sign = "802A009A" + String.format("%02X", digestInfo.length) + hex(digestInfo) + "00";
        byte[] before = s.expect(0x9000, sign).data();

        SimulatedCard copy = SimulatedCard.load(card.snapshot());
        assertSameImage(card.snapshot(), copy.snapshot());
        CardSession c = new CardSession(copy);
        c.selectAp(JPKI);
        c.expect(0x63C2, "00200098");
        c.expect(0x63C5, "0020009B");
        c.expect(0x63C4, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        c.expect(0x9000, "0020009B08" + hex(TestImages.ascii("NEWPASS1")));
        assertArrayEquals(before, c.expect(0x9000, sign).data());
        c.selectAp(TEXT);
        c.expect(0x63C0, "00200091");
        c.expect(0x6984, "0020009104" + hex(TestImages.ascii(TestImages.TEXT_PIN)));
        // the copy was reset after loading: nothing is selected, nothing verified
        c.card.reset();
        c.expect(0x6986, "00B0000001");
    }

    @Test
    void loadRefusesImagesTheCardCannotHold() {
        Application unknown = new Application(new byte[] {(byte) 0xA0, 0, 0, 0, 1}, List.of());
        assertThrows(IllegalArgumentException.class, () -> SimulatedCard.load(new CardImage(List.of(unknown))));
        Application text = new Application(CardApplication.TEXT.aid(), List.of());
        assertThrows(IllegalArgumentException.class, () -> SimulatedCard.load(new CardImage(List.of(text, text))));
        Application badPin = new Application(CardApplication.TEXT.aid(), List.of(
                new PinFile(0x0011, TestImages.ascii("12a4"), PinFormat.DIGITS_4, 3, 3)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SimulatedCard.load(new CardImage(List.of(badPin))));
        assertTrue(refused.getMessage().contains("6A80"), refused.getMessage());
        assertFalse(refused.getMessage().contains("12a4"));
    }

    static void assertSameImage(CardImage expected, CardImage actual) {
        assertEquals(expected.applications().size(), actual.applications().size());
        for (int a = 0; a < expected.applications().size(); a++) {
            Application e = expected.applications().get(a);
            Application g = actual.applications().get(a);
            assertArrayEquals(e.aid(), g.aid());
            assertEquals(e.files().size(), g.files().size());
            for (int f = 0; f < e.files().size(); f++) {
                assertSameFile(e.files().get(f), g.files().get(f));
            }
        }
    }

    private static void assertSameFile(ElementaryFile expected, ElementaryFile actual) {
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.fid(), actual.fid());
        if (expected instanceof BinaryFile e) {
            BinaryFile g = (BinaryFile) actual;
            assertArrayEquals(e.content(), g.content());
            assertEquals(e.readAccess(), g.readAccess());
        } else if (expected instanceof RecordFile e) {
            RecordFile g = (RecordFile) actual;
            assertEquals(e.records().size(), g.records().size());
            for (int i = 0; i < e.records().size(); i++) {
                assertArrayEquals(e.records().get(i), g.records().get(i));
            }
            assertEquals(e.readAccess(), g.readAccess());
        } else if (expected instanceof PinFile e) {
            PinFile g = (PinFile) actual;
            assertArrayEquals(e.value(), g.value());
            assertEquals(e.format(), g.format());
            assertEquals(e.maxTries(), g.maxTries());
            assertEquals(e.triesLeft(), g.triesLeft());
        } else {
            KeyFile e = (KeyFile) expected;
            KeyFile g = (KeyFile) actual;
            assertEquals(e.key(), g.key());
            assertEquals(e.usePin(), g.usePin());
        }
    }
}
