/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.mynacard.sim.card.CardSession.COMMON;
import static dev.mynacard.sim.card.CardSession.JPKI;
import static dev.mynacard.sim.card.CardSession.JUKI;
import static dev.mynacard.sim.card.CardSession.TEXT;
import static dev.mynacard.sim.card.CardSession.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** VERIFY, the retry counter, the verified state's lifetime, CHANGE REFERENCE DATA and CHANGE KEY. */
class PinTest {
    private SimulatedCard card;
    private CardSession s;

    @BeforeEach
    void load() {
        card = SimulatedCard.load(TestImages.image());
        s = new CardSession(card);
        s.selectAp(JPKI);
    }

    @Test
    void theEmptyVerifyQueriesTheCounterWithoutSpendingATry() {
        s.selectEf("0018");
        for (int i = 0; i < 5; i++) {
            s.expect(0x63C3, "00200080");
        }
        s.expect(0x63C5, "0020009B");
    }

    @Test
    void theQueryWithALeByteIsWrongLength() {
        s.selectEf("0018");
        s.expect(0x6700, "0020008000");
        s.expect(0x63C3, "00200080");
    }

    @Test
    void wrongPinsCountDownToBlocked() {
        s.selectEf("0018");
        s.expect(0x63C2, "0020008004" + hex(TestImages.ascii("0000")));
        s.expect(0x63C2, "00200080");
        s.expect(0x63C1, "0020008004" + hex(TestImages.ascii("1111")));
        s.expect(0x63C0, "0020008004" + hex(TestImages.ascii("2222")));
        s.expect(0x63C0, "00200080");
        s.expect(0x6984, "0020008004" + hex(TestImages.ascii("3333")));
        s.expect(0x6984, "0020008004" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x63C0, "00200080");
        s.selectEf("0017");
        s.expect(0x6982, "802A00800401020304" + "00");
    }

    @Test
    void aMalformedPinCostsATryToo() {
        s.expect(0x63C2, "0020009803" + hex(TestImages.ascii("123")));
        s.expect(0x63C4, "0020009B03" + hex(TestImages.ascii("abc")));
    }

    @Test
    void aCorrectPinResetsTheCounterAndTheQueryThenAnswers9000() {
        s.selectEf("0018");
        s.expect(0x63C2, "0020008004" + hex(TestImages.ascii("0000")));
        s.expect(0x63C1, "0020008004" + hex(TestImages.ascii("0001")));
        s.expect(0x9000, "0020008004" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x9000, "00200080");
        card.reset();
        s.selectAp(JPKI);
        s.expect(0x63C3, "00200098");
    }

    @Test
    void aWrongPinAfterACorrectOneClosesTheSessionAgain() {
        s.expect(0x9000, "0020009804" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x63C2, "0020009804" + hex(TestImages.ascii("9999")));
        s.expect(0x63C2, "00200098");
    }

    @Test
    void verifyNeedsAPinEf() {
        s.expect(0x6986, "00200080");
        s.selectEf("000A");
        s.expect(0x6981, "00200080");
        s.expect(0x6A82, "00200085");
        s.expect(0x6A86, "00200018");
        s.expect(0x6A86, "00200198");
    }

    @Test
    void selectingAnotherApplicationOrResettingClearsVerifiedState() {
        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        s.expect(0x9000, "00B0810001");
        s.selectAp(TEXT);
        s.selectAp(JPKI);
        s.expect(0x6982, "00B0810001");

        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        card.reset();
        s.selectAp(JPKI);
        s.expect(0x6982, "00B0810001");

        // jCardSim deselects on every SELECT, so re-selecting the same application clears it too
        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        s.selectAp(JPKI);
        s.expect(0x6982, "00B0810001");
    }

    @Test
    void aFailedSelectKeepsTheVerifiedState() {
        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        s.expect(0x6A82, "00A4040C07A0000000030000");
        s.expect(0x9000, "00B0810001");
    }

    @Test
    void changeReferenceDataNeedsTheOldPinVerifiedFirst() {
        s.selectEf("0018");
        s.expect(0x6982, "0024018004" + hex(TestImages.ascii("9876")));
        s.expect(0x9000, "0020008004" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x6A80, "0024018005" + hex(TestImages.ascii("98765")));
        s.expect(0x6A80, "0024018004" + hex(TestImages.ascii("98a5")));
        s.expect(0x6A86, "0024008008" + hex(TestImages.ascii(TestImages.AUTH_PIN + "9876")));
        s.expect(0x9000, "0024018004" + hex(TestImages.ascii("9876")));
        card.reset();
        s.selectAp(JPKI);
        s.expect(0x63C2, "0020009804" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x9000, "0020009804" + hex(TestImages.ascii("9876")));
    }

    @Test
    void theSignPasswordTakesSixToSixteenUpperCaseLettersAndDigits() {
        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        s.expect(0x6A80, "0024019B05" + hex(TestImages.ascii("ABCDE")));
        s.expect(0x6A80, "0024019B06" + hex(TestImages.ascii("abcdef")));
        s.expect(0x6A80, "0024019B11" + hex(TestImages.ascii("ABCDEFGHIJ1234567")));
        s.expect(0x9000, "0024019B10" + hex(TestImages.ascii("ABCDEFGHIJ123456")));
        s.selectAp(JPKI);
        s.expect(0x9000, "0020009B10" + hex(TestImages.ascii("ABCDEFGHIJ123456")));
    }

    @Test
    void theVerificationNumbersCannotBeChanged() {
        s.selectAp(TEXT);
        s.expect(0x9000, "002000940C" + hex(TestImages.ascii(TestImages.NUMBER)));
        s.expect(0x6985, "002401940C" + hex(TestImages.ascii("123456789000")));
    }

    @Test
    void changeKeyChangesTheJukiPinOfOneApplicationOnly() {
        s.selectAp(COMMON);
        s.selectEf("001C");
        s.expect(0x63C3, "00200080");
        s.expect(0x6982, "8032008004" + hex(TestImages.ascii("2468")));
        s.expect(0x9000, "0020008004" + hex(TestImages.ascii(TestImages.JUKI_PIN)));
        s.expect(0x6A86, "8032018004" + hex(TestImages.ascii("2468")));
        s.expect(0x9000, "8032008004" + hex(TestImages.ascii("2468")));
        s.selectAp(COMMON);
        s.expect(0x9000, "0020009C04" + hex(TestImages.ascii("2468")));
        s.selectAp(JUKI);
        s.expect(0x63C2, "0020009C04" + hex(TestImages.ascii("2468")));
        s.expect(0x9000, "0020009C04" + hex(TestImages.ascii(TestImages.JUKI_PIN)));
        s.expect(0x9000, "0024019C04" + hex(TestImages.ascii("2468")));
        s.selectAp(JUKI);
        s.expect(0x9000, "0020009C04" + hex(TestImages.ascii("2468")));
    }

    @Test
    void changeKeyExistsOnlyInTheJukiApplications() {
        s.selectEf("0018");
        s.expect(0x9000, "0020008004" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x6D00, "8032008004" + hex(TestImages.ascii("2468")));
    }

    @Test
    void countersSurviveResetsAndAreKeptPerPin() {
        s.expect(0x63C4, "0020009B06" + hex(TestImages.ascii("WRONG1")));
        card.reset();
        s.selectAp(JPKI);
        s.expect(0x63C4, "0020009B");
        s.expect(0x63C3, "00200098");
        assertEquals(4, s.send("0020009B").sw() & 0x0F);
    }
}
