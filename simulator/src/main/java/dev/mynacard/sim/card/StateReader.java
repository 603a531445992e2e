/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.sim.applet.BinaryEf;
import dev.mynacard.sim.applet.Ef;
import dev.mynacard.sim.applet.KeyEf;
import dev.mynacard.sim.applet.MynaApplet;
import dev.mynacard.sim.applet.PinEf;
import dev.mynacard.sim.applet.RecordEf;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.image.RecordFile;
import javacard.security.RSAPrivateCrtKey;
import javacard.security.RSAPublicKey;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads the card state out of the applet objects into a {@link CardImage}. */
final class StateReader {
    private StateReader() {
    }

    static CardImage read(Map<CardApplication, MynaApplet> applets) {
        List<Application> applications = new ArrayList<>();
        applets.forEach((application, applet) -> {
            if (applet.fileCount() > 0) {
                List<ElementaryFile> files = new ArrayList<>();
                for (short i = 0; i < applet.fileCount(); i++) {
                    files.add(read(applet.file(i)));
                }
                applications.add(new Application(application.aid(), files));
            }
        });
        return new CardImage(applications);
    }

    private static ElementaryFile read(Ef ef) {
        int fid = ef.fid() & 0xFFFF;
        if (ef instanceof BinaryEf binary) {
            return new BinaryFile(fid, binary.content(), access(ef));
        }
        if (ef instanceof RecordEf records) {
            List<byte[]> list = new ArrayList<>();
            for (short n = 1; n <= records.recordCount(); n++) {
                list.add(records.record(n));
            }
            return new RecordFile(fid, list, access(ef));
        }
        if (ef instanceof PinEf pin) {
            byte[] buffer = new byte[PinEf.MAX_LENGTH];
            byte[] value = Arrays.copyOf(buffer, pin.copyValue(buffer, (short) 0));
            try {
                return new PinFile(fid, value, format(pin.format()), pin.maxTries(), pin.triesLeft());
            } finally {
                Arrays.fill(buffer, (byte) 0);
                Arrays.fill(value, (byte) 0);
            }
        }
        return readKey(fid, (KeyEf) ef);
    }

    private static KeyFile readKey(int fid, KeyEf key) {
        if (!key.isComplete() || key.accessCount() != 1) {
            throw new IllegalStateException("key EF " + String.format("%04X", fid) + " is not fully personalised");
        }
        RSAPrivateCrtKey priv = key.privateKey();
        RSAPublicKey pub = key.publicKey();
        byte[] buffer = new byte[KeyEf.MODULUS_LENGTH];
        try {
            KeyFile.RsaCrtKey value = new KeyFile.RsaCrtKey(
                    unsigned(buffer, pub.getModulus(buffer, (short) 0)),
                    unsigned(buffer, pub.getExponent(buffer, (short) 0)),
                    unsigned(buffer, priv.getP(buffer, (short) 0)),
                    unsigned(buffer, priv.getQ(buffer, (short) 0)),
                    unsigned(buffer, priv.getDP1(buffer, (short) 0)),
                    unsigned(buffer, priv.getDQ1(buffer, (short) 0)),
                    unsigned(buffer, priv.getPQ(buffer, (short) 0)));
            return new KeyFile(fid, value, key.access((short) 0) & 0xFFFF);
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    private static BigInteger unsigned(byte[] buffer, short length) {
        byte[] bytes = Arrays.copyOf(buffer, length);
        BigInteger value = new BigInteger(1, bytes);
        Arrays.fill(bytes, (byte) 0);
        return value;
    }

    private static List<Integer> access(Ef ef) {
        List<Integer> fids = new ArrayList<>();
        for (short i = 0; i < ef.accessCount(); i++) {
            fids.add(ef.access(i) & 0xFFFF);
        }
        return fids;
    }

    private static PinFormat format(byte code) {
        return switch (code) {
            case PinEf.FORMAT_DIGITS_4 -> PinFormat.DIGITS_4;
            case PinEf.FORMAT_ALPHANUMERIC_6_16 -> PinFormat.ALPHANUMERIC_6_16;
            case PinEf.FORMAT_DIGITS_12 -> PinFormat.DIGITS_12;
            case PinEf.FORMAT_DIGITS_14 -> PinFormat.DIGITS_14;
            default -> throw new IllegalStateException("PIN format code " + code + " is unknown");
        };
    }
}
