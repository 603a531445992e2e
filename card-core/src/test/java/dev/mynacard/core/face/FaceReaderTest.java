/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.PinBlockedException;
import dev.mynacard.apdu.SwException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.Sex;
import dev.mynacard.core.cvc.Authenticity;
import dev.mynacard.core.cvc.Authenticity.Verdict;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.LastTryRefusedException;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.pin.PinStatus;
import dev.mynacard.core.text.VerificationNumber;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.Outcome;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FaceReaderTest {
    private static final CvcKeys SIMULATOR = CvcKeys.production().withSimulator();

    private static FaceReader reader(CountingTransport wire) {
        CardSession session = new CardSession(wire);
        return new FaceReader(session, new PinService(session));
    }

    @Test
    void theTextPinOpensTheFaceThroughVerificationNumberA() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaceContents contents = reader(wire).readWithTextPin(pin("1234"), LastTry.REFUSE);
        CardFace face = contents.face();
        assertEquals(LocalDate.of(1980, 5, 5), face.birthDate().date());
        assertEquals("昭和55年5月5日", face.birthDate().wareki());
        assertEquals(Sex.MALE, face.sex());
        assertEquals(LocalDate.of(2035, 5, 5), face.expiry().date());
        assertEquals("08220", contents.info().municipalityCode());
        assertEquals("9000023", contents.certificate().issuer().number());
        Authenticity authenticity = contents.authenticity(SIMULATOR);
        assertEquals(Verdict.GENUINE, authenticity.verdict(), authenticity.toString());
        assertTrue(authenticity.checks().stream().anyMatch(c -> c.outcome() == Outcome.NOT_CHECKED
                && c.reasonKey().equals("authenticity.coverage.face")), "the unsigned expiry is reported");
        // Text AP: select, PIN query, PIN, READ 0001; visual AP: select, 照合番号A query and VERIFY,
        // then one extended READ per EF.
        assertEquals(List.of("00 A4 04 0C", "00 20 00 91", "00 20 00 91", "00 B0 81 00", "00 A4 04 0C",
                "00 20 00 93", "00 20 00 93", "00 B0 82 00", "00 B0 83 00", "00 B0 84 00"), wire.headers());
    }

    @Test
    void theImagesDecode() throws Exception {
        FaceContents contents = reader(TestCards.freshDefault()).readWithTextPin(pin("1234"), LastTry.REFUSE);
        BufferedImage photo = FaceImages.decodeJpeg2000(contents.face().photo());
        assertEquals(180, photo.getWidth());
        assertEquals(225, photo.getHeight());
        assertTrue(FaceImages.decodePng(contents.face().nameImage()).getWidth() > 50);
        assertTrue(FaceImages.decodePng(contents.face().addressImage()).getWidth() > 50);
        assertTrue(FaceImages.decodePng(contents.face().securityCodeImage()).getHeight() > 10);
    }

    @Test
    void withoutExtendedLengthTheFaceTakesShortReads() throws Exception {
        CountingTransport wire = TestCards.freshDefault().shortOnly();
        FaceContents contents = reader(wire).readWithTextPin(pin("1234"), LastTry.REFUSE);
        assertEquals(Verdict.GENUINE, contents.authenticity(SIMULATOR).verdict());
    }

    @Test
    void productionTrustDoesNotAcceptTheSimulatorsKey() throws Exception {
        FaceContents contents = reader(TestCards.freshDefault()).readWithTextPin(pin("1234"), LastTry.REFUSE);
        Authenticity authenticity = contents.authenticity(CvcKeys.production());
        assertEquals(Verdict.UNKNOWN_CA_KEY, authenticity.verdict());
        assertEquals("authenticity.ca.simulator", authenticity.failures().get(0).reasonKey());
    }

    @Test
    void verificationNumberBOpensTheFace() throws Exception {
        FaceContents contents = reader(TestCards.freshDefault()).readWithVerificationB(pin("55050520355678"),
                LastTry.REFUSE);
        assertEquals(Verdict.GENUINE, contents.authenticity(SIMULATOR).verdict());
    }

    @Test
    void aMalformedVerificationNumberBSendsNothing() {
        CountingTransport wire = TestCards.freshDefault();
        FaceReader reader = reader(wire);
        assertThrows(PinFormatException.class, () -> reader.readWithVerificationB(pin("5505052035567"), LastTry.ALLOW));
        assertThrows(PinFormatException.class, () -> reader.readWithVerificationB(pin("55130520355678"), LastTry.ALLOW));
        assertThrows(PinFormatException.class, () -> reader.readWithVerificationB(pin("55050020355678"), LastTry.ALLOW));
        assertThrows(PinFormatException.class, () -> reader.readWithVerificationB(pin("5505052035567X"), LastTry.ALLOW));
        assertEquals(0, wire.count());
    }

    @Test
    void aWrongVerificationNumberBCostsOneTryOfItsOwnCounter() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        WrongPinException wrong = assertThrows(WrongPinException.class,
                () -> reader(wire).readWithVerificationB(pin("55050520359999"), LastTry.REFUSE));
        assertEquals(OptionalInt.of(9), wrong.triesLeft());
        CardSession session = new CardSession(wire);
        PinService pins = new PinService(session);
        assertEquals(9, pins.status(VerificationNumber.FACE_B).remaining());
        assertEquals(10, pins.status(VerificationNumber.FACE_A).remaining());
        assertEquals(10, pins.status(VerificationNumber.B).remaining());
    }

    @Test
    void aBlockedVerificationNumberBIsNeverSentAgain() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaceReader reader = reader(wire);
        for (int i = 0; i < 9; i++) {
            assertThrows(WrongPinException.class, () -> reader.readWithVerificationB(pin("55050520350000"), LastTry.ALLOW));
        }
        assertThrows(LastTryRefusedException.class,
                () -> reader.readWithVerificationB(pin("55050520355678"), LastTry.REFUSE));
        // The try that uses the last one answers 63C0: blocked.
        assertThrows(PinBlockedException.class, () -> reader.readWithVerificationB(pin("55050520350000"), LastTry.ALLOW));
        long verifiesWithData = wire.countWithData(0x20);
        assertThrows(PinBlockedException.class,
                () -> reader.readWithVerificationB(pin("55050520355678"), LastTry.REFUSE));
        assertEquals(verifiesWithData, wire.countWithData(0x20), "a blocked 照合番号 is not presented");
        PinStatus status = new PinService(new CardSession(wire)).status(VerificationNumber.FACE_B);
        assertEquals(PinStatus.State.BLOCKED, status.state());
        // The text PIN still opens the face: 照合番号A has its own counter.
        assertEquals(Verdict.GENUINE, reader.readWithTextPin(pin("1234"), LastTry.REFUSE).authenticity(SIMULATOR).verdict());
    }

    @Test
    void aBlockedVerificationNumberAIsNotBlamedOnTheTextPin() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CardSession session = new CardSession(wire);
        PinService pins = new PinService(session);
        for (int i = 0; i < 10; i++) {
            assertThrows(SwException.class,
                    () -> pins.verify(VerificationNumber.FACE_A, pin("000000000000"), LastTry.ALLOW));
        }
        VerificationNumberARefusedException refused = assertThrows(VerificationNumberARefusedException.class,
                () -> reader(wire).readWithTextPin(pin("1234"), LastTry.REFUSE));
        assertTrue(refused.refusal() instanceof PinBlockedException, refused.toString());
        assertEquals(3, pins.status(PinKind.TEXT).remaining(), "the text PIN was right");
    }

    @Test
    void tamperedFaceDataIsNotGenuine() throws Exception {
        var card = TestCards.defaultCard();
        byte[] face = FaceFiles.ef(card, FaceFiles.VISUAL_AID, 2);
        byte[] info = FaceFiles.ef(card, FaceFiles.VISUAL_AID, 3);
        byte[] cvc = FaceFiles.ef(card, FaceFiles.VISUAL_AID, 4);
        assertEquals(Verdict.GENUINE, FaceFiles.contents(face, info, cvc).authenticity(SIMULATOR).verdict());

        byte[] olderHolder = FaceFiles.replaceItem(face, 0xDF22, "19700505".getBytes());
        Authenticity tampered = FaceFiles.contents(olderHolder, info, cvc).authenticity(SIMULATOR);
        assertEquals(Verdict.NOT_GENUINE, tampered.verdict());
        assertEquals(List.of("authenticity.signature.bad"), tampered.failures().stream().map(Check::reasonKey).toList());
    }

    @Test
    void aSwappedPhotoIsNotGenuine() throws Exception {
        var other = TestCards.variant(profile -> profile.seed(99));
        byte[] face = FaceFiles.ef(TestCards.defaultCard(), FaceFiles.VISUAL_AID, 2);
        byte[] otherPhoto = FaceFiles.item(FaceFiles.ef(other, FaceFiles.VISUAL_AID, 2), 0xDF27);
        byte[] swapped = FaceFiles.replaceItem(face, 0xDF27, otherPhoto);
        FaceContents contents = FaceFiles.contents(swapped, FaceFiles.ef(TestCards.defaultCard(), FaceFiles.VISUAL_AID, 3),
                FaceFiles.ef(TestCards.defaultCard(), FaceFiles.VISUAL_AID, 4));
        assertArrayEquals(otherPhoto, contents.face().photo());
        assertEquals(Verdict.NOT_GENUINE, contents.authenticity(SIMULATOR).verdict());
    }

    @Test
    void theExpiryIsNotCoveredAndSaidSo() throws Exception {
        var card = TestCards.defaultCard();
        byte[] face = FaceFiles.replaceItem(FaceFiles.ef(card, FaceFiles.VISUAL_AID, 2), 0xDF29, "20450505".getBytes());
        Authenticity authenticity = FaceFiles.contents(face, FaceFiles.ef(card, FaceFiles.VISUAL_AID, 3),
                FaceFiles.ef(card, FaceFiles.VISUAL_AID, 4)).authenticity(SIMULATOR);
        assertEquals(Verdict.GENUINE, authenticity.verdict(), "as on a real card, the expiry is outside the signature");
        assertTrue(authenticity.checks().stream().anyMatch(c -> c.reasonKey().equals("authenticity.coverage.face")));
    }

    @Test
    void anUnknownCaKeyVerifiesNothing() throws Exception {
        var card = TestCards.defaultCard();
        byte[] cvc = FaceFiles.ef(card, FaceFiles.VISUAL_AID, 4);
        int issuer = 10; // 7F21 82 LLLL 5F4E 82 LLLL: the body starts with the 証明者鍵ID
        assertEquals('9', cvc[issuer]);
        cvc[issuer] = '8';
        Authenticity authenticity = FaceFiles.contents(FaceFiles.ef(card, FaceFiles.VISUAL_AID, 2),
                FaceFiles.ef(card, FaceFiles.VISUAL_AID, 3), cvc).authenticity(SIMULATOR);
        assertEquals(Verdict.UNKNOWN_CA_KEY, authenticity.verdict());
        assertEquals("authenticity.ca.unknown", authenticity.failures().get(0).reasonKey());
        assertTrue(authenticity.checks().stream().anyMatch(c -> c.reasonKey().equals("authenticity.signature.not-checked")));
    }

    @Test
    void aForgedCertificateIsNotGenuine() throws Exception {
        var card = TestCards.defaultCard();
        byte[] cvc = FaceFiles.ef(card, FaceFiles.VISUAL_AID, 4);
        cvc[100] ^= 1; // inside the certified modulus
        Authenticity authenticity = FaceFiles.contents(FaceFiles.ef(card, FaceFiles.VISUAL_AID, 2),
                FaceFiles.ef(card, FaceFiles.VISUAL_AID, 3), cvc).authenticity(SIMULATOR);
        assertEquals(Verdict.NOT_GENUINE, authenticity.verdict());
        assertEquals("authenticity.certificate.bad-signature", authenticity.failures().get(0).reasonKey());
    }
}
