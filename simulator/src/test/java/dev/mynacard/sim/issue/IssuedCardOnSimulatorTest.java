/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.RecordFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issuer → image → personalisation through APDUs → the card answers as the issuer said it would. */
class IssuedCardOnSimulatorTest {
    private static final byte[] SHA256_DIGEST_INFO_PREFIX =
            HexFormat.of().parseHex("3031300d060960864801650304020105000420");
    private static IssuedCard issued;
    private CardTransport transport;

    @BeforeAll
    static void issue() {
        issued = DefaultCard.issue();
    }

    @AfterEach
    void close() throws IOException {
        if (transport != null) {
            transport.close();
        }
    }

    @Test
    void theAuthCertificateReadsBackAndTheAuthPinHasThreeTries() throws Exception {
        connect(issued);
        select(CardLayout.JPKI_AID);
        selectEf(0x000A);
        ResponseApdu read = send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, CommandApdu.MAX_NE));
        assertEquals(0x9000, read.sw());
        assertEquals(2048, read.dataLength());
        assertArrayEquals(issued.authCertificate().getEncoded(), parse(read.data()).getEncoded());
        selectEf(0x0018);
        assertEquals(0x63C3, send(CommandApdu.of(0x00, 0x20, 0x00, 0x80)).sw());
    }

    @Test
    void theSignCertificateNeedsThePasswordThenMatches() throws Exception {
        connect(issued);
        select(CardLayout.JPKI_AID);
        selectEf(0x0001);
        assertEquals(0x6982, send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 256)).sw());
        selectEf(0x001B);
        assertEquals(0x9000, verify("ABC123").sw());
        selectEf(0x0001);
        ResponseApdu read = send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, CommandApdu.MAX_NE));
        assertArrayEquals(issued.signCertificate().orElseThrow().getEncoded(), parse(read.data()).getEncoded());
    }

    @Test
    void theCardSignsWithTheKeyItsCertificateNames() throws Exception {
        connect(issued);
        select(CardLayout.JPKI_AID);
        selectEf(0x0018);
        assertEquals(0x9000, verify("1234").sw());
        selectEf(0x0017);
        byte[] message = "mynacard".getBytes(StandardCharsets.US_ASCII);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
        byte[] digestInfo = new byte[SHA256_DIGEST_INFO_PREFIX.length + digest.length];
        System.arraycopy(SHA256_DIGEST_INFO_PREFIX, 0, digestInfo, 0, SHA256_DIGEST_INFO_PREFIX.length);
        System.arraycopy(digest, 0, digestInfo, SHA256_DIGEST_INFO_PREFIX.length, digest.length);
        ResponseApdu signature = send(CommandApdu.of(0x80, 0x2A, 0x00, 0x80, digestInfo, 256));
        assertEquals(0x9000, signature.sw());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(issued.authCertificate());
        verifier.update(message);
        assertTrue(verifier.verify(signature.data()));
    }

    @Test
    void theTextApOpensWithThePinOrWithVerificationNumberB() throws Exception {
        connect(issued);
        select(CardLayout.TEXT_AID);
        selectEf(0x0015);
        assertEquals(0x9000, verify(issued.facts().verificationNumberB()).sw());
        selectEf(0x0002);
        assertArrayEquals(imageBinary(CardLayout.TEXT_AID, 0x0002), readAll());
        select(CardLayout.TEXT_AID);
        selectEf(0x0011);
        assertEquals(0x9000, verify("1234").sw());
        selectEf(0x0001);
        assertArrayEquals(imageBinary(CardLayout.TEXT_AID, 0x0001), readAll());
    }

    @Test
    void theCommonApRecordIsFreeToRead() throws Exception {
        connect(issued);
        select(CardLayout.COMMON_AID);
        selectEf(0x0001);
        ResponseApdu record = send(CommandApdu.of(0x00, 0xB2, 0x01, 0x04, 256));
        assertEquals(0x9000, record.sw());
        assertArrayEquals(ImageFiles.get(issued.image(), CardLayout.COMMON_AID, 0x0001, RecordFile.class)
                .records().get(0), record.data());
    }

    @Test
    void aCardWithoutSignCertificateHasNoSignEfs() throws Exception {
        connect(Issuer.standard().issue(DefaultCard.profile().toBuilder().signCertificate(false).build()));
        select(CardLayout.JPKI_AID);
        assertEquals(0x6A82, send(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x00, 0x01})).sw());
        selectEf(0x0008);
        assertEquals("8F0000", HexFormat.of().withUpperCase().formatHex(readAll()));
    }

    @Test
    void aBlockedPinIsBlockedOnTheCard() throws Exception {
        connect(Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .pinTries(PinTries.FULL.withAuth(0).withSign(1)).build()));
        select(CardLayout.JPKI_AID);
        selectEf(0x0018);
        assertEquals(0x63C0, send(CommandApdu.of(0x00, 0x20, 0x00, 0x80)).sw());
        int blocked = verify("1234").sw();
        assertTrue(blocked == 0x6984 || blocked == 0x6983, Integer.toHexString(blocked));
        selectEf(0x001B);
        assertEquals(0x63C1, send(CommandApdu.of(0x00, 0x20, 0x00, 0x80)).sw());
    }

    private void connect(IssuedCard card) {
        transport = SimulatedCard.load(card.image()).transport();
    }

    private void select(String aid) throws IOException {
        assertEquals(0x9000, send(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, HexFormat.of().parseHex(aid))).sw());
    }

    private void selectEf(int fid) throws IOException {
        assertEquals(0x9000, send(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C,
                new byte[] {(byte) (fid >> 8), (byte) fid})).sw(), String.format("SELECT EF %04X", fid));
    }

    private ResponseApdu verify(String pin) throws IOException {
        return send(CommandApdu.of(0x00, 0x20, 0x00, 0x80, pin.getBytes(StandardCharsets.US_ASCII)));
    }

    private byte[] readAll() throws IOException {
        ResponseApdu read = send(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, CommandApdu.MAX_NE));
        assertEquals(0x9000, read.sw());
        return read.data();
    }

    private ResponseApdu send(CommandApdu command) throws IOException {
        return transport.transmit(command);
    }

    private static byte[] imageBinary(String aid, int fid) {
        return ImageFiles.get(issued.image(), aid, fid, BinaryFile.class).content();
    }

    private static X509Certificate parse(byte[] ef) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(ef));
    }
}
