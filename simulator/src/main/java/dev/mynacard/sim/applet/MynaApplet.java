/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.AID;
import javacard.framework.APDU;
import javacard.framework.Applet;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.Shareable;
import javacard.framework.Util;
import javacardx.apdu.ExtendedLength;

/**
 * What every application (DF) of the card does: SELECT, READ BINARY, READ RECORD, VERIFY,
 * CHANGE REFERENCE DATA over the EFs personalisation created, and the personalisation commands
 * themselves until END PERSONALISATION. Subclasses add their own instructions.
 *
 * <p>The card's content is not in the code: it arrives through personalisation (see
 * {@link Personalisation}).
 */
public abstract class MynaApplet extends Applet implements ExtendedLength {
    static final byte INS_SELECT = (byte) 0xA4;
    static final byte INS_READ_BINARY = (byte) 0xB0;
    static final byte INS_READ_RECORD = (byte) 0xB2;
    static final byte INS_VERIFY = 0x20;
    static final byte INS_CHANGE_REFERENCE_DATA = 0x24;
    /** Holds a PIN, a key component or a DigestInfo: the largest command data the card takes in one piece. */
    static final short SCRATCH_LENGTH = 256;
    private static final byte P1_SELECT_MF = 0x00;
    private static final byte P1_SELECT_EF = 0x02;
    private static final byte P1_SELECT_NAME = 0x04;
    private static final byte P2_FCI = 0x00;
    private static final byte P2_NO_RESPONSE = 0x0C;
    private static final byte FCI_TAG = 0x6F;
    private static final byte DF_NAME_TAG = (byte) 0x84;

    final FileSystem files;
    final byte[] scratch;
    /** The AID of the card OS settings ({@link SettingsApplet}). */
    private final byte[] settingsAid;
    private boolean personalising;

    MynaApplet() {
        files = new FileSystem();
        settingsAid = new byte[] {(byte) 0xF0, 'M', 'Y', 'N', 'A', 'C', 'A', 'R', 'D', 'O', 'S'};
        scratch = JCSystem.makeTransientByteArray(SCRATCH_LENGTH, JCSystem.CLEAR_ON_DESELECT);
        personalising = true;
    }

    public final void process(APDU apdu) {
        byte[] buf = apdu.getBuffer();
        short claStatus = ClassByte.check(buf[ISO7816.OFFSET_CLA]);
        if (claStatus != ClassByte.ACCEPTED) {
            ISOException.throwIt(claStatus);
        }
        if (selectingApplet()) {
            answerSelect(apdu, buf);
            return;
        }
        byte ins = buf[ISO7816.OFFSET_INS];
        if (personalising && Personalisation.isCommand(ins)) {
            if (ins == Personalisation.INS_END_PERSONALISATION) {
                requireP1P2Zero(buf);
                personalising = false;
            } else {
                Personalisation.process(apdu, ins, files, scratch);
            }
            return;
        }
        switch (ins) {
            case INS_SELECT:
                select(apdu, buf);
                break;
            case INS_READ_BINARY:
                readBinary(apdu, buf);
                break;
            case INS_READ_RECORD:
                readRecord(apdu, buf);
                break;
            case INS_VERIFY:
                requireP1(buf, (byte) 0);
                verify(apdu, pinFor(buf[ISO7816.OFFSET_P2]));
                break;
            case INS_CHANGE_REFERENCE_DATA:
                requireP1(buf, (byte) 1);
                changePin(apdu);
                break;
            default:
                if (!processApplicationCommand(apdu, ins)) {
                    ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
                }
        }
    }

    /** Handles an instruction specific to the application; false when it is not one. */
    boolean processApplicationCommand(APDU apdu, byte ins) {
        return false;
    }

    private void answerSelect(APDU apdu, byte[] buf) {
        byte p2 = buf[ISO7816.OFFSET_P2];
        if (p2 == P2_NO_RESPONSE) {
            return;
        }
        if (p2 != P2_FCI) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        short aidLength = JCSystem.getAID().getBytes(buf, (short) 4);
        buf[0] = FCI_TAG;
        buf[1] = (byte) (aidLength + 2);
        buf[2] = DF_NAME_TAG;
        buf[3] = (byte) aidLength;
        apdu.setOutgoingAndSend((short) 0, (short) (aidLength + 4));
    }

    private void select(APDU apdu, byte[] buf) {
        switch (buf[ISO7816.OFFSET_P1]) {
            case P1_SELECT_EF:
                if (buf[ISO7816.OFFSET_P2] != P2_NO_RESPONSE) {
                    ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
                }
                short lc = apdu.setIncomingAndReceive();
                if (lc != 2 || apdu.getIncomingLength() != 2) {
                    ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
                }
                files.select(Util.getShort(buf, apdu.getOffsetCdata()));
                break;
            case P1_SELECT_NAME:
                // Not this application: the card OS selects the ones that exist.
                ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
                break;
            case P1_SELECT_MF:
                // The card has no usable MF: 3F00 is not found, a bare MF selection is refused.
                ISOException.throwIt(apdu.setIncomingAndReceive() == 0
                        ? ISO7816.SW_INCORRECT_P1P2 : ISO7816.SW_FILE_NOT_FOUND);
                break;
            default:
                ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
    }

    private void readBinary(APDU apdu, byte[] buf) {
        byte p1 = buf[ISO7816.OFFSET_P1];
        Ef ef;
        short offset;
        if ((p1 & 0x80) != 0) {
            if ((p1 & 0x60) != 0) {
                ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
            }
            ef = files.select(files.bySfi((byte) (p1 & 0x1F)).fid());
            offset = (short) (buf[ISO7816.OFFSET_P2] & 0xFF);
        } else {
            ef = files.current();
            offset = Util.getShort(buf, ISO7816.OFFSET_P1);
        }
        if (!(ef instanceof BinaryEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        files.requireOpen(ef);
        BinaryEf file = (BinaryEf) ef;
        if (offset >= file.size()) {
            ISOException.throwIt(ISO7816.SW_WRONG_P1P2);
        }
        short ne = ApduIo.expectedLength(apdu);
        if (ne == 0) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        ApduIo.send(apdu, file.content(), offset, ApduIo.min(ne, (short) (file.size() - offset)));
    }

    private void readRecord(APDU apdu, byte[] buf) {
        byte p2 = buf[ISO7816.OFFSET_P2];
        if ((p2 & 0x07) != 0x04) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        byte sfi = (byte) ((p2 >> 3) & 0x1F);
        Ef ef = sfi == 0 ? files.current() : files.select(files.bySfi(sfi).fid());
        if (!(ef instanceof RecordEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        files.requireOpen(ef);
        byte[] record = ((RecordEf) ef).record((short) (buf[ISO7816.OFFSET_P1] & 0xFF));
        if (record == null) {
            ISOException.throwIt(ISO7816.SW_RECORD_NOT_FOUND);
        }
        short ne = ApduIo.expectedLength(apdu);
        if (ne == 0) {
            ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        ApduIo.send(apdu, record, (short) 0, ApduIo.min(ne, (short) record.length));
    }

    /**
     * VERIFY. Without data (a case-1 APDU) it is the retry query, which never costs a try: 63Cx,
     * or while the PIN is verified 9000 (as some real cards do) or, when the card's settings say
     * so, 63Cx with the full count (as others do). A Le byte there is 6700.
     */
    private void verify(APDU apdu, PinEf pin) {
        short len = ApduIo.receive(apdu, scratch, (short) 0, SCRATCH_LENGTH, true);
        if (len == 0) {
            if (apdu.setOutgoing() != 0) {
                ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
            }
            if (!pin.isVerified() || verifiedQueryAnswersTries()) {
                ISOException.throwIt((short) (SwExtra.SW_TRIES_LEFT | pin.triesLeft()));
            }
            return;
        }
        if (pin.isBlocked()) {
            Util.arrayFillNonAtomic(scratch, (short) 0, len, (byte) 0);
            ISOException.throwIt(SwExtra.SW_PIN_BLOCKED);
        }
        boolean match = pin.check(scratch, (short) 0, len);
        Util.arrayFillNonAtomic(scratch, (short) 0, len, (byte) 0);
        if (!match) {
            ISOException.throwIt((short) (SwExtra.SW_TRIES_LEFT | pin.triesLeft()));
        }
    }

    private boolean verifiedQueryAnswersTries() {
        AID settings = JCSystem.lookupAID(settingsAid, (short) 0, (byte) settingsAid.length);
        if (settings == null) {
            return false;
        }
        Shareable shared = JCSystem.getAppletShareableInterfaceObject(settings, (byte) 0);
        return shared instanceof CardSettings && ((CardSettings) shared).verifiedQueryAnswersTries();
    }

    /**
     * Sets a new value for the PIN P2 names, once that PIN is verified in this session:
     * 6982 otherwise, 6985 for a PIN the holder cannot change, 6A80 for a value of the wrong format.
     */
    final void changePin(APDU apdu) {
        PinEf pin = pinFor(apdu.getBuffer()[ISO7816.OFFSET_P2]);
        if (!pin.isVerified()) {
            ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
        }
        if (!pin.isChangeable()) {
            ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
        }
        short len = ApduIo.receive(apdu, scratch, (short) 0, SCRATCH_LENGTH, true);
        boolean wellFormed = pin.isWellFormed(scratch, (short) 0, len);
        if (wellFormed) {
            pin.setValue(scratch, (short) 0, len);
        }
        Util.arrayFillNonAtomic(scratch, (short) 0, len, (byte) 0);
        if (!wellFormed) {
            ISOException.throwIt(ISO7816.SW_WRONG_DATA);
        }
    }

    /** The PIN EF a P2 of {@code 80} (current EF) or {@code 80|SFI} names. */
    private PinEf pinFor(byte p2) {
        Ef ef = efFor(p2);
        if (!(ef instanceof PinEf)) {
            ISOException.throwIt(SwExtra.SW_INCOMPATIBLE_FILE);
        }
        return (PinEf) ef;
    }

    /** The EF a P2 of {@code 80} (current EF) or {@code 80|SFI} names; it does not become current. */
    final Ef efFor(byte p2) {
        if ((p2 & 0xE0) != 0x80) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
        byte sfi = (byte) (p2 & 0x1F);
        return sfi == 0 ? files.current() : files.bySfi(sfi);
    }

    static void requireP1(byte[] buf, byte p1) {
        if (buf[ISO7816.OFFSET_P1] != p1) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
    }

    private static void requireP1P2Zero(byte[] buf) {
        if (buf[ISO7816.OFFSET_P1] != 0 || buf[ISO7816.OFFSET_P2] != 0) {
            ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
    }

    /** Whether END PERSONALISATION has been received. */
    public final boolean isPersonalised() {
        return !personalising;
    }

    public final short fileCount() {
        return files.count();
    }

    /** The {@code index}-th EF, in creation order. */
    public final Ef file(short index) {
        return files.at(index);
    }
}
