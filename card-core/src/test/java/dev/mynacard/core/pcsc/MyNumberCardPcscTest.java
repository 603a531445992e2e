/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pcsc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import dev.mynacard.apdu.pcsc.PcscTransport;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.core.card.CardKind;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cvc.Authenticity;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.face.FaceContents;
import dev.mynacard.core.face.FaceImages;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinStatus;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import dev.mynacard.sim.host.CardHost;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library over the real PC/SC stack: the simulated default card in vsmartcard's virtual reader
 * (pcscd + vpcd), reached through javax.smartcardio, with the APDU budgets of the in-process
 * benchmark holding on the wire too.
 */
class MyNumberCardPcscTest {
    private static final IssuedCard ISSUED = DefaultCard.issue();
    private static PcscReaders readers;
    private static CardHost host;

    @BeforeAll
    static void insertCard(@TempDir Path state) throws Exception {
        readers = PcscTestEnvironment.requireVirtualReaders();
        PersistentCard card = PersistentCard.open(state.resolve("card.json"), ISSUED::image, System.err::println);
        host = CardHost.start(card, VpcdOptions.defaults(), line -> { });
        PcscTestEnvironment.awaitCard(readers, PcscTestEnvironment.READER, true);
    }

    @AfterAll
    static void removeCard() throws Exception {
        if (host != null) {
            host.close();
        }
    }

    private static CountingTransport connect() throws Exception {
        PcscTransport transport = readers.connect(readers.find(PcscTestEnvironment.READER), Duration.ofSeconds(5));
        return new CountingTransport(transport);
    }

    @Test
    void detectsTheCardAndReadsPinStatusInSevenApdus() throws Exception {
        CountingTransport wire = connect();
        try (MyNumberCard card = MyNumberCard.open(wire)) {
            assertEquals(CardKind.MY_NUMBER_CARD, card.tokenInfo().kind());
            wire.reset();
            List<PinStatus> pins = card.pins().statusAll();
            assertEquals(List.of(PinKind.AUTH, PinKind.SIGN, PinKind.TEXT, PinKind.JUKI),
                    pins.stream().map(PinStatus::kind).toList());
            assertTrue(wire.count() <= 7, "APDUs on the wire: " + wire.count());
        }
    }

    @Test
    void readsTheAuthCertificateWithOneExtendedRead() throws Exception {
        CountingTransport wire = connect();
        try (MyNumberCard card = MyNumberCard.open(wire)) {
            wire.reset();
            byte[] der = card.certificates().readDer(CertificateSlot.AUTH);
            assertArrayEquals(ISSUED.authCertificate().getEncoded(), der);
            assertTrue(wire.count() <= 3, "APDUs on the wire: " + wire.count());
        }
    }

    @Test
    void signsWithTheAuthKeyAndAWrongPinCostsExactlyOneTry() throws Exception {
        try (MyNumberCard card = MyNumberCard.open(connect())) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest("over PC/SC".getBytes(StandardCharsets.UTF_8));
            byte[] signature;
            try (Pin pin = Pin.of("1234".toCharArray())) {
                signature = card.signer().sign(SigningKey.AUTH, pin, DigestAlgorithm.SHA256, digest, LastTry.REFUSE);
            }
            Signature check = Signature.getInstance("SHA256withRSA");
            check.initVerify(ISSUED.authCertificate());
            check.update("over PC/SC".getBytes(StandardCharsets.UTF_8));
            assertTrue(check.verify(signature));

            try (Pin wrong = Pin.of("9999".toCharArray())) {
                WrongPinException refused = assertThrows(WrongPinException.class,
                        () -> card.pins().verify(PinKind.TEXT, wrong, LastTry.REFUSE));
                assertEquals(OptionalInt.of(2), refused.triesLeft());
            }
            assertEquals(2, card.pins().status(PinKind.TEXT).remaining());
            try (Pin right = Pin.of("1234".toCharArray())) {
                card.pins().verify(PinKind.TEXT, right, LastTry.REFUSE);
            }
            assertEquals(3, card.pins().status(PinKind.TEXT).remaining());
        }
    }

    @Test
    void readsTheCardFaceAndItsSignatureVerifies() throws Exception {
        CountingTransport wire = connect();
        try (MyNumberCard card = MyNumberCard.open(wire)) {
            wire.reset();
            FaceContents contents;
            try (Pin pin = Pin.of("1234".toCharArray())) {
                contents = card.face().readWithTextPin(pin, LastTry.REFUSE);
            }
            assertEquals(ISSUED.profile().birthDate(), contents.face().birthDate().date());
            assertEquals(Authenticity.Verdict.GENUINE,
                    contents.authenticity(CvcKeys.production().withSimulator()).verdict());
            assertEquals(180, FaceImages.decodeJpeg2000(contents.face().photo()).getWidth());
            assertTrue(wire.count() <= 10, "APDUs on the wire: " + wire.headers());
        }
    }
}
