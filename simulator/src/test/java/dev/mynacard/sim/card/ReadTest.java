/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.apdu.ResponseApdu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.mynacard.sim.card.CardSession.COMMON;
import static dev.mynacard.sim.card.CardSession.JPKI;
import static dev.mynacard.sim.card.CardSession.TEXT;
import static dev.mynacard.sim.card.CardSession.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** READ BINARY and READ RECORD: offsets, lengths, SFIs, extended length and access rules. */
class ReadTest extends LoadedCardTest {
    @BeforeEach
    void selectJpki() {
        s.selectAp(JPKI);
    }

    @Test
    void readsTheCurrentEfInShortChunks() {
        s.selectEf("000A");
        assertArrayEquals(Arrays.copyOf(TestImages.AUTH_CERT, 4), s.expect(0x9000, "00B0000004").data());
        assertArrayEquals(Arrays.copyOfRange(TestImages.AUTH_CERT, 256, 512), s.expect(0x9000, "00B0010000").data());
        assertArrayEquals(Arrays.copyOfRange(TestImages.AUTH_CERT, 0x0123, 0x0123 + 0x20),
                s.expect(0x9000, "00B0012320").data());
    }

    @Test
    void aReadAtTheEndReturnsWhatIsLeftAndPastTheEndIs6B00() {
        s.selectEf("000A");
        int size = TestImages.AUTH_CERT.length;
        ResponseApdu tail = s.expect(0x9000, String.format("00B0%04X00", size - 10));
        assertArrayEquals(Arrays.copyOfRange(TestImages.AUTH_CERT, size - 10, size), tail.data());
        s.expect(0x6B00, String.format("00B0%04X01", size));
        s.expect(0x6B00, "00B07FFF01");
    }

    @Test
    void oneExtendedReadReturnsTheWholeEf() {
        s.selectEf("000A");
        assertArrayEquals(TestImages.AUTH_CERT, s.expect(0x9000, "00B00000000000").data());
        assertArrayEquals(Arrays.copyOfRange(TestImages.AUTH_CERT, 100, 1100), s.expect(0x9000, "00B000640003E8").data());
    }

    @Test
    void anExtendedReadBySfiNeedsNoSelect() {
        assertArrayEquals(TestImages.AUTH_ROOT, s.expect(0x9000, "00B08B00000000").data());
        // the SFI made 000B the current EF
        assertArrayEquals(Arrays.copyOf(TestImages.AUTH_ROOT, 7), s.expect(0x9000, "00B0000007").data());
    }

    @Test
    void aShortReadBySfiTakesAnEightBitOffset() {
        assertArrayEquals(Arrays.copyOfRange(TestImages.TOKEN_INFO, 0x10, 0x30), s.expect(0x9000, "00B0861020").data());
        assertArrayEquals(TestImages.FLAGS, s.expect(0x9000, "00B0880000").data());
        s.expect(0x6A82, "00B0850000");
        s.expect(0x6A86, "00B0A00000");
    }

    @Test
    void aReadWithoutLeIsWrongLength() {
        s.selectEf("000A");
        s.expect(0x6700, "00B00000");
    }

    @Test
    void readingWithoutACurrentEfIsNotAllowed() {
        s.expect(0x6986, "00B0000004");
    }

    @Test
    void readingAPinOrKeyEfIsIncompatible() {
        s.selectEf("0018");
        s.expect(0x6981, "00B0000004");
        s.selectEf("0017");
        s.expect(0x6981, "00B0000004");
    }

    @Test
    void theSigningCertificateNeedsTheSignPassword() {
        s.selectEf("0001");
        s.expect(0x6982, "00B0000004");
        s.expect(0x6982, "00B0810000");
        s.selectEf("001B");
        s.expect(0x9000, "00200080" + "06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        assertArrayEquals(TestImages.SIGN_CERT, s.expect(0x9000, "00B08100000000").data());
    }

    @Test
    void theAuthPinDoesNotOpenTheSigningCertificate() {
        s.selectEf("0018");
        s.expect(0x9000, "0020008004" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x6982, "00B0810000");
    }

    @Test
    void textApFilesOpenWithEitherOfTheirPins() {
        s.selectAp(TEXT);
        assertArrayEquals(TestImages.AP_INFO, s.expect(0x9000, "00B0850000").data());
        s.expect(0x6982, "00B0810000");
        s.expect(0x6982, "00B0820000");
        s.expect(0x9000, "0020009104" + hex(TestImages.ascii(TestImages.TEXT_PIN)));
        assertArrayEquals(TestImages.MY_NUMBER, s.expect(0x9000, "00B0810000").data());
        assertArrayEquals(TestImages.BASIC_FACTS, s.expect(0x9000, "00B0820000").data());

        s.selectAp(TEXT);
        s.expect(0x9000, "002000940C" + hex(TestImages.ascii(TestImages.NUMBER)));
        assertArrayEquals(TestImages.MY_NUMBER, s.expect(0x9000, "00B0810000").data());
        s.expect(0x6982, "00B0820000");

        s.selectAp(TEXT);
        s.expect(0x9000, "002000950E" + hex(TestImages.ascii(TestImages.NUMBER_B)));
        s.expect(0x6982, "00B0810000");
        assertArrayEquals(TestImages.BASIC_FACTS, s.expect(0x9000, "00B0820000").data());
    }

    @Test
    void readRecordReturnsTheCommonApRecord() {
        s.selectAp(COMMON);
        s.selectEf("0001");
        ResponseApdu record = s.expect(0x9000, "00B2010400");
        assertArrayEquals(TestImages.COMMON_RECORD, record.data());
        assertEquals(30, record.dataLength());
        assertArrayEquals(TestImages.COMMON_RECORD, s.expect(0x9000, "00B2010C00").data());
        s.expect(0x6A83, "00B2020400");
        s.expect(0x6A86, "00B2010500");
        s.selectEf("001C");
        s.expect(0x6981, "00B2010400");
    }
}
