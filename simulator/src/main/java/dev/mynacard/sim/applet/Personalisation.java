/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.APDU;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.Util;

/**
 * The personalisation commands (docs: the personalisation protocol), accepted only until END
 * PERSONALISATION. The only code besides constructors and install() that allocates objects.
 */
final class Personalisation {
    static final byte INS_CREATE_EF = (byte) 0xE0;
    static final byte INS_UPDATE_BINARY = (byte) 0xD6;
    static final byte INS_UPDATE_RECORD = (byte) 0xDC;
    static final byte INS_SET_PIN_VALUE = (byte) 0xE2;
    static final byte INS_PUT_KEY_COMPONENT = (byte) 0xE4;
    static final byte INS_END_PERSONALISATION = (byte) 0xE6;

    static final byte TYPE_BINARY = 1;
    static final byte TYPE_RECORD = 2;
    static final byte TYPE_PIN = 3;
    static final byte TYPE_KEY = 4;

    private static final short HEADER_LENGTH = 6;
    private static final short PIN_EXTRA_LENGTH = 3;
    private static final short MAX_RECORD_LENGTH = 255;
    private static final byte P2_RECORD_NUMBER = 0x04;

    private Personalisation() {
    }

    static boolean isCommand(byte ins) {
        return ins == INS_CREATE_EF || ins == INS_UPDATE_BINARY || ins == INS_UPDATE_RECORD
                || ins == INS_SET_PIN_VALUE || ins == INS_PUT_KEY_COMPONENT || ins == INS_END_PERSONALISATION;
    }

    /** Every personalisation command but END PERSONALISATION, which the applet handles. */
    static void process(APDU apdu, byte ins, FileSystem files, byte[] scratch) {
        switch (ins) {
            case INS_CREATE_EF:
                MynaApplet.requireP1(apdu.getBuffer(), (byte) 0);
                createEf(apdu, files, scratch);
                break;
            case INS_UPDATE_BINARY:
                updateBinary(apdu, files);
                break;
            case INS_UPDATE_RECORD:
                updateRecord(apdu, files, scratch);
                break;
            case INS_SET_PIN_VALUE:
                MynaApplet.requireP1(apdu.getBuffer(), (byte) 0);
                setPinValue(apdu, files, scratch);
                break;
            default:
                MynaApplet.requireP1(apdu.getBuffer(), (byte) 0);
                putKeyComponent(apdu, files, scratch);
        }
    }

    /** {@code FID(2) type(1) size(2) nAccess(1) accessFID(2)×nAccess [format maxTries triesLeft]}. */
    private static void createEf(APDU apdu, FileSystem files, byte[] scratch) {
        short len = ApduIo.receive(apdu, scratch, (short) 0, (short) scratch.length, false);
        if (len < HEADER_LENGTH) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        short fid = Util.getShort(scratch, (short) 0);
        byte type = scratch[2];
        short size = Util.getShort(scratch, (short) 3);
        short accessCount = (short) (scratch[5] & 0xFF);
        short extra = (short) (HEADER_LENGTH + 2 * accessCount);
        short expected = type == TYPE_PIN ? (short) (extra + PIN_EXTRA_LENGTH) : extra;
        if (len != expected) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        if (files.find(fid) != null) {
            ISOException.throwIt(SwExtra.SW_FILE_EXISTS);
        }
        if (files.isFull()) {
            ISOException.throwIt(ISO7816.SW_FILE_FULL);
        }
        switch (type) {
            case TYPE_BINARY:
                if (size < 0) {
                    ISOException.throwIt(ISO7816.SW_WRONG_DATA);
                }
                files.add(new BinaryEf(fid, accessList(scratch, accessCount), size));
                break;
            case TYPE_RECORD:
                if (size < 1 || size > MAX_RECORD_LENGTH) {
                    ISOException.throwIt(ISO7816.SW_WRONG_DATA);
                }
                files.add(new RecordEf(fid, accessList(scratch, accessCount), size));
                break;
            case TYPE_PIN:
                byte format = scratch[extra];
                byte maxTries = scratch[(short) (extra + 1)];
                byte triesLeft = scratch[(short) (extra + 2)];
                if (accessCount != 0 || !PinEf.isValidFormat(format) || maxTries < 1 || maxTries > PinEf.MAX_TRIES
                        || triesLeft < 0 || triesLeft > maxTries) {
                    ISOException.throwIt(ISO7816.SW_WRONG_DATA);
                }
                files.add(new PinEf(fid, format, maxTries, triesLeft));
                break;
            case TYPE_KEY:
                files.add(new KeyEf(fid, accessList(scratch, accessCount)));
                break;
            default:
                ISOException.throwIt(ISO7816.SW_WRONG_DATA);
        }
    }

    private static short[] accessList(byte[] scratch, short count) {
        short[] access = new short[count];
        for (short i = 0; i < count; i++) {
            access[i] = Util.getShort(scratch, (short) (HEADER_LENGTH + 2 * i));
        }
        return access;
    }

    /** {@code 00 D6 offHi offLo Lc data}, short or extended, on the current binary EF. */
    private static void updateBinary(APDU apdu, FileSystem files) {
        byte[] buf = apdu.getBuffer();
        if ((buf[ISO7816.OFFSET_P1] & 0x80) != 0) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        Ef ef = files.current();
        if (!(ef instanceof BinaryEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        BinaryEf file = (BinaryEf) ef;
        short offset = Util.getShort(buf, ISO7816.OFFSET_P1);
        if (offset >= file.size()) {
            ISOException.throwIt(ISO7816.SW_WRONG_P1P2);
        }
        ApduIo.receive(apdu, file.content(), offset, (short) (file.size() - offset), false);
    }

    /** {@code 00 DC recNo 04 Lc data}: records are appended in order, 1, 2, … */
    private static void updateRecord(APDU apdu, FileSystem files, byte[] scratch) {
        byte[] buf = apdu.getBuffer();
        if (buf[ISO7816.OFFSET_P2] != P2_RECORD_NUMBER) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        Ef ef = files.current();
        if (!(ef instanceof RecordEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        RecordEf file = (RecordEf) ef;
        if ((short) (buf[ISO7816.OFFSET_P1] & 0xFF) != (short) (file.recordCount() + 1)) {
            ISOException.throwIt(ISO7816.SW_RECORD_NOT_FOUND);
        }
        short len = ApduIo.receive(apdu, scratch, (short) 0, file.maxLength(), false);
        if (len == 0) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        byte[] data = new byte[len];
        Util.arrayCopyNonAtomic(scratch, (short) 0, data, (short) 0, len);
        file.append(new EfRecord(data));
    }

    private static void setPinValue(APDU apdu, FileSystem files, byte[] scratch) {
        Ef ef = files.current();
        if (!(ef instanceof PinEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        PinEf pin = (PinEf) ef;
        short len = ApduIo.receive(apdu, scratch, (short) 0, (short) scratch.length, true);
        boolean wellFormed = pin.isWellFormed(scratch, (short) 0, len);
        if (wellFormed) {
            pin.setValue(scratch, (short) 0, len);
        }
        Util.arrayFillNonAtomic(scratch, (short) 0, len, (byte) 0);
        if (!wellFormed) {
            ISOException.throwIt(ISO7816.SW_WRONG_DATA);
        }
    }

    /**
     * {@code 80 E4 00 comp Lc bytes}: an unsigned big-endian component, with or without leading
     * zeros; CRT components and the modulus are stored left-padded to their full length.
     */
    private static void putKeyComponent(APDU apdu, FileSystem files, byte[] scratch) {
        byte component = apdu.getBuffer()[ISO7816.OFFSET_P2];
        if (component < KeyEf.P || component > KeyEf.PUBLIC_EXPONENT) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        Ef ef = files.current();
        if (!(ef instanceof KeyEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        short len = ApduIo.receive(apdu, scratch, (short) 0, (short) scratch.length, true);
        short fixed = KeyEf.fixedLength(component);
        short start = 0;
        while (start < len && scratch[start] == 0 && (fixed == 0 || (short) (len - start) > fixed)) {
            start++;
        }
        short significant = (short) (len - start);
        if (significant == 0 || (fixed != 0 && significant > fixed)) {
            Util.arrayFillNonAtomic(scratch, (short) 0, len, (byte) 0);
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        if (fixed != 0) {
            short pad = (short) (fixed - significant);
            Util.arrayCopyNonAtomic(scratch, start, scratch, pad, significant);
            Util.arrayFillNonAtomic(scratch, (short) 0, pad, (byte) 0);
            start = 0;
            significant = fixed;
        }
        ((KeyEf) ef).setComponent(component, scratch, start, significant);
        Util.arrayFillNonAtomic(scratch, (short) 0, (short) scratch.length, (byte) 0);
    }
}
