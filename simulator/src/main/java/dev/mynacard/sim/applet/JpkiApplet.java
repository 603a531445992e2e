/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacardx.crypto.Cipher;

/**
 * The JPKI application (公的個人認証AP): certificates, and COMPUTE DIGITAL SIGNATURE with the
 * authentication and signing keys. The card pads the DigestInfo the client sends (PKCS#1 v1.5,
 * block type 01) and applies the private key.
 */
public final class JpkiApplet extends MynaApplet {
    static final byte INS_COMPUTE_DIGITAL_SIGNATURE = 0x2A;
    /** The longest DigestInfo PKCS#1 v1.5 padding leaves room for in a 2048-bit block. */
    static final short MAX_DIGEST_INFO = 245;

    private final Cipher cipher;

    private JpkiApplet() {
        cipher = Cipher.getInstance(Cipher.ALG_RSA_PKCS1, false);
    }

    public static void install(byte[] bArray, short bOffset, byte bLength) {
        new JpkiApplet().register(bArray, (short) (bOffset + 1), bArray[bOffset]);
    }

    boolean processApplicationCommand(APDU apdu, byte ins) {
        if (ins != INS_COMPUTE_DIGITAL_SIGNATURE) {
            return false;
        }
        sign(apdu);
        return true;
    }

    /** {@code 80 2A 00 80 Lc DigestInfo 00} on the current key EF, or P2 {@code 80|SFI}. */
    private void sign(APDU apdu) {
        byte[] buf = apdu.getBuffer();
        requireP1(buf, (byte) 0);
        Ef ef = efFor(buf[ISO7816.OFFSET_P2]);
        if (!(ef instanceof KeyEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        files.requireOpen(ef);
        KeyEf key = (KeyEf) ef;
        if (!key.privateKey().isInitialized()) {
            ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
        }
        short len = ApduIo.receive(apdu, scratch, (short) 0, SCRATCH_LENGTH, false);
        if (len < 1 || len > MAX_DIGEST_INFO) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        cipher.init(key.privateKey(), Cipher.MODE_ENCRYPT);
        short signatureLength = cipher.doFinal(scratch, (short) 0, len, buf, (short) 0);
        apdu.setOutgoing();
        apdu.setOutgoingLength(signatureLength);
        apdu.sendBytes((short) 0, signatureLength);
    }
}
