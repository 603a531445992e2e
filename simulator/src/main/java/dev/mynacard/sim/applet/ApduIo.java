/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.Util;

/** Receiving command data and sending responses, short or extended. */
final class ApduIo {
    /** The largest response an extended Le asks for. */
    static final short MAX_RESPONSE = 0x7FFF;

    private ApduIo() {
    }

    /**
     * Receives the whole data field into {@code dest} (which may hold {@code capacity} bytes) and
     * returns its length; 6700 when it does not fit. Works for data longer than the APDU buffer.
     * A {@code secret} (PIN, key) is wiped from the APDU buffer once copied.
     */
    static short receive(APDU apdu, byte[] dest, short destOff, short capacity, boolean secret) {
        byte[] buf = apdu.getBuffer();
        short chunk = apdu.setIncomingAndReceive();
        if (apdu.getIncomingLength() > capacity) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        short cdata = apdu.getOffsetCdata();
        short done = 0;
        while (chunk > 0) {
            Util.arrayCopyNonAtomic(buf, cdata, dest, (short) (destOff + done), chunk);
            if (secret) {
                Util.arrayFillNonAtomic(buf, cdata, chunk, (byte) 0);
            }
            done += chunk;
            chunk = apdu.receiveBytes(cdata);
        }
        return done;
    }

    /**
     * Ne of a command without data: Le (256 for a short {@code 00}), all for an extended
     * {@code 00 00}, 0 when there is no Le field. jCardSim reports an extended {@code 00 00} as 0
     * where a card reports 32767, so the encoding is checked too.
     */
    static short expectedLength(APDU apdu) {
        apdu.setIncomingAndReceive();
        boolean extended = apdu.getOffsetCdata() == ISO7816.OFFSET_EXT_CDATA;
        short le = apdu.setOutgoing();
        if (le < 0 || (le == 0 && extended)) {
            return MAX_RESPONSE;
        }
        return le;
    }

    /** Sends {@code len} bytes of {@code src} after {@link #expectedLength} was called. */
    static void send(APDU apdu, byte[] src, short off, short len) {
        apdu.setOutgoingLength(len);
        apdu.sendBytesLong(src, off, len);
    }

    static short min(short a, short b) {
        return a < b ? a : b;
    }
}
