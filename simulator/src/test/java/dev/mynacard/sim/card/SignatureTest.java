/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.apdu.ResponseApdu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;

import javax.crypto.Cipher;

import static dev.mynacard.sim.card.CardSession.JPKI;
import static dev.mynacard.sim.card.CardSession.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** COMPUTE DIGITAL SIGNATURE: the signatures verify with the JCA, and only after the key's PIN. */
class SignatureTest extends LoadedCardTest {
    private static final byte[] SHA256_PREFIX = HexFormat.of().parseHex("3031300d060960864801650304020105000420");
    private static final byte[] MESSAGE = TestImages.ascii("mynacard signature test");

    @BeforeEach
    void selectJpki() {
        s.selectAp(JPKI);
    }

    @Test
    void theAuthKeySignsAfterTheAuthPin() throws GeneralSecurityException {
        s.expect(0x9000, "0020009804" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.selectEf("0017");
        byte[] signature = sign("802A0080", digestInfo(MESSAGE)).data();
        assertEquals(256, signature.length);
        assertTrue(verifies(TestImages.AUTH_KEY.getPublic(), MESSAGE, signature));
    }

    @Test
    void theSignKeySignsBySfiAfterTheSignPassword() throws GeneralSecurityException {
        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        byte[] signature = sign("802A009A", digestInfo(MESSAGE)).data();
        assertTrue(verifies(TestImages.SIGN_KEY.getPublic(), MESSAGE, signature));
        assertTrue(!verifies(TestImages.AUTH_KEY.getPublic(), MESSAGE, signature));
    }

    @Test
    void anyDigestInfoOfUpTo245BytesIsPaddedAndSigned() throws GeneralSecurityException {
        s.expect(0x9000, "0020009804" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        for (int length : new int[] {1, 35, 83, 245}) {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++) {
                data[i] = (byte) (i * 13 + length);
            }
            byte[] signature = sign("802A0097", data).data();
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, TestImages.AUTH_KEY.getPublic());
            assertArrayEquals(data, rsa.doFinal(signature), "DigestInfo of " + length + " bytes");
        }
        s.expect(0x6700, "802A00970000F6" + hex(new byte[246]) + "0000");
    }

    @Test
    void eachKeyNeedsItsOwnPin() {
        s.expect(0x6982, "802A00970401020304");
        s.expect(0x6982, "802A009A0401020304");
        s.expect(0x9000, "0020009804" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x6982, "802A009A0401020304");
        s.expect(0x9000, "802A00970401020304");
    }

    @Test
    void theSigningKeyMustBeAKeyEf() {
        s.expect(0x9000, "0020009804" + hex(TestImages.ascii(TestImages.AUTH_PIN)));
        s.expect(0x6981, "802A00980401020304");
        s.selectEf("000A");
        s.expect(0x6981, "802A00800401020304");
        s.expect(0x6A86, "802A01970401020304");
        s.expect(0x6A86, "802A00170401020304");
    }

    @Test
    void signingExistsOnlyInTheJpkiApplication() {
        s.selectAp(CardSession.TEXT);
        s.expect(0x6D00, "802A00970401020304");
    }

    @Test
    void aSignatureAlsoComesBackForAnExtendedCommand() throws GeneralSecurityException {
        s.expect(0x9000, "0020009B06" + hex(TestImages.ascii(TestImages.SIGN_PASSWORD)));
        byte[] digestInfo = digestInfo(MESSAGE);
        byte[] signature = s.expect(0x9000, "802A009A0000" + String.format("%02X", digestInfo.length) + hex(digestInfo)
                + "0000").data();
        assertTrue(verifies(TestImages.SIGN_KEY.getPublic(), MESSAGE, signature));
    }

    private ResponseApdu sign(String header, byte[] digestInfo) {
        return s.expect(0x9000, header + String.format("%02X", digestInfo.length) + hex(digestInfo) + "00");
    }

    static byte[] digestInfo(byte[] message) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(message);
        byte[] out = new byte[SHA256_PREFIX.length + hash.length];
        System.arraycopy(SHA256_PREFIX, 0, out, 0, SHA256_PREFIX.length);
        System.arraycopy(hash, 0, out, SHA256_PREFIX.length, hash.length);
        return out;
    }

    private static boolean verifies(PublicKey key, byte[] message, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
