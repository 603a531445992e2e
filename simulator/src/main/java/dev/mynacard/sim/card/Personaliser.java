/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.SwException;
import dev.mynacard.sim.applet.PinEf;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.image.RecordFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link CardImage} to a blank card through the personalisation APDUs (the
 * personalisation protocol: CREATE EF, UPDATE BINARY, UPDATE RECORD, SET PIN VALUE, PUT KEY
 * COMPONENT, END PERSONALISATION), checking every status word. Keys need a transport with extended
 * length (a 2048-bit modulus is 256 bytes).
 */
public final class Personaliser {
    private static final int CLA_ISO = 0x00;
    private static final int CLA_PROPRIETARY = 0x80;
    private static final int INS_SELECT = 0xA4;
    private static final int INS_CREATE_EF = 0xE0;
    private static final int INS_UPDATE_BINARY = 0xD6;
    private static final int INS_UPDATE_RECORD = 0xDC;
    private static final int INS_SET_PIN_VALUE = 0xE2;
    private static final int INS_PUT_KEY_COMPONENT = 0xE4;
    private static final int INS_END_PERSONALISATION = 0xE6;
    private static final int TYPE_BINARY = 1;
    private static final int TYPE_RECORD = 2;
    private static final int TYPE_PIN = 3;
    private static final int TYPE_KEY = 4;
    private static final int MAX_OFFSET = 0x7FFF;
    private static final int CRT_COMPONENT_LENGTH = 128;
    private static final int MODULUS_LENGTH = 256;

    private final CardTransport transport;

    public Personaliser(CardTransport transport) {
        this.transport = transport;
    }

    /** Personalises and locks every application of the image. */
    public void personalise(CardImage image) throws IOException {
        for (Application application : image.applications()) {
            personalise(application);
        }
    }

    /** Selects the application, creates and fills its EFs in image order, and locks it. */
    public void personalise(Application application) throws IOException {
        select(application.aid());
        for (ElementaryFile file : application.files()) {
            if (file instanceof BinaryFile binary) {
                writeBinary(binary);
            } else if (file instanceof RecordFile records) {
                writeRecords(records);
            } else if (file instanceof PinFile pin) {
                writePin(pin);
            } else {
                writeKey((KeyFile) file);
            }
        }
        send(CommandApdu.of(CLA_PROPRIETARY, INS_END_PERSONALISATION, 0, 0));
    }

    /** Locks an application without giving it any file. */
    public void endPersonalisation(byte[] aid) throws IOException {
        select(aid);
        send(CommandApdu.of(CLA_PROPRIETARY, INS_END_PERSONALISATION, 0, 0));
    }

    private void select(byte[] aid) throws IOException {
        send(CommandApdu.of(CLA_ISO, INS_SELECT, 0x04, 0x0C, aid));
    }

    private void writeBinary(BinaryFile file) throws IOException {
        byte[] content = file.content();
        if (content.length > MAX_OFFSET + 1) {
            throw new IllegalArgumentException("EF " + fid(file.fid()) + " has " + content.length
                    + " bytes; the card addresses at most 32768");
        }
        createEf(file.fid(), TYPE_BINARY, content.length, file.readAccess(), new byte[0]);
        int chunk = transport.supportsExtendedLength() ? MAX_OFFSET : CommandApdu.MAX_SHORT_LC;
        for (int offset = 0; offset < content.length; offset += chunk) {
            byte[] part = Arrays.copyOfRange(content, offset, Math.min(content.length, offset + chunk));
            send(CommandApdu.of(CLA_ISO, INS_UPDATE_BINARY, offset >> 8, offset & 0xFF, part));
        }
    }

    private void writeRecords(RecordFile file) throws IOException {
        List<byte[]> records = file.records();
        int maxLength = records.stream().mapToInt(r -> r.length).max().orElse(1);
        if (records.stream().anyMatch(r -> r.length == 0 || r.length > CommandApdu.MAX_SHORT_LC)) {
            throw new IllegalArgumentException("EF " + fid(file.fid()) + ": records must hold 1–255 bytes");
        }
        createEf(file.fid(), TYPE_RECORD, maxLength, file.readAccess(), new byte[0]);
        for (int i = 0; i < records.size(); i++) {
            send(CommandApdu.of(CLA_ISO, INS_UPDATE_RECORD, i + 1, 0x04, records.get(i)));
        }
    }

    private void writePin(PinFile pin) throws IOException {
        byte[] extra = {formatCode(pin.format()), (byte) pin.maxTries(), (byte) pin.triesLeft()};
        createEf(pin.fid(), TYPE_PIN, 0, List.of(), extra);
        sendSecret(INS_SET_PIN_VALUE, 0, pin.value());
    }

    private void writeKey(KeyFile file) throws IOException {
        KeyFile.RsaCrtKey key = file.key();
        if (key.modulus().bitLength() != MODULUS_LENGTH * 8) {
            throw new IllegalArgumentException("EF " + fid(file.fid()) + ": the card holds RSA-2048 keys only");
        }
        createEf(file.fid(), TYPE_KEY, MODULUS_LENGTH, List.of(file.usePin()), new byte[0]);
        BigInteger[] secret = {key.p(), key.q(), key.dp(), key.dq(), key.qInv()};
        for (int i = 0; i < secret.length; i++) {
            sendSecret(INS_PUT_KEY_COMPONENT, i + 1, unsigned(secret[i], CRT_COMPONENT_LENGTH));
        }
        send(CommandApdu.of(CLA_PROPRIETARY, INS_PUT_KEY_COMPONENT, 0, 6, unsigned(key.modulus(), MODULUS_LENGTH)));
        send(CommandApdu.of(CLA_PROPRIETARY, INS_PUT_KEY_COMPONENT, 0, 7, key.publicExponent().toByteArray()));
    }

    private void createEf(int fid, int type, int size, List<Integer> access, byte[] extra) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.write(fid >> 8);
        data.write(fid);
        data.write(type);
        data.write(size >> 8);
        data.write(size);
        data.write(access.size());
        for (int pinFid : access) {
            data.write(pinFid >> 8);
            data.write(pinFid);
        }
        data.writeBytes(extra);
        send(CommandApdu.of(CLA_PROPRIETARY, INS_CREATE_EF, 0, 0, data.toByteArray()));
    }

    private void send(CommandApdu command) throws IOException {
        SwException.check(transport.transmit(command));
    }

    /** Sends a short case-3 APDU built by hand, so the PIN or key bytes can be wiped afterwards. */
    private void sendSecret(int ins, int p2, byte[] secret) throws IOException {
        byte[] apdu = new byte[5 + secret.length];
        apdu[0] = (byte) CLA_PROPRIETARY;
        apdu[1] = (byte) ins;
        apdu[3] = (byte) p2;
        apdu[4] = (byte) secret.length;
        System.arraycopy(secret, 0, apdu, 5, secret.length);
        try {
            SwException.check(new ResponseApdu(transport.exchange(apdu)));
        } finally {
            Arrays.fill(apdu, (byte) 0);
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** Unsigned big-endian, left-padded with zeros to {@code length} bytes. */
    private static byte[] unsigned(BigInteger value, int length) {
        if (value.signum() < 0 || value.bitLength() > length * 8) {
            throw new IllegalArgumentException("a key component does not fit in " + length + " bytes");
        }
        byte[] signed = value.toByteArray();
        int skip = signed.length > length ? signed.length - length : 0;
        byte[] out = new byte[length];
        System.arraycopy(signed, skip, out, length - (signed.length - skip), signed.length - skip);
        Arrays.fill(signed, (byte) 0);
        return out;
    }

    private static byte formatCode(PinFormat format) {
        return switch (format) {
            case DIGITS_4 -> PinEf.FORMAT_DIGITS_4;
            case ALPHANUMERIC_6_16 -> PinEf.FORMAT_ALPHANUMERIC_6_16;
            case DIGITS_12 -> PinEf.FORMAT_DIGITS_12;
            case DIGITS_14 -> PinEf.FORMAT_DIGITS_14;
        };
    }

    private static String fid(int fid) {
        return String.format("%04X", fid);
    }
}
