/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.image.RecordFile;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** A small card image with fixed test contents and two RSA-2048 keys generated once per JVM. */
final class TestImages {
    static final String AUTH_PIN = "1234";
    static final String SIGN_PASSWORD = "ABC123";
    static final String TEXT_PIN = "4321";
    static final String JUKI_PIN = "5678";
    static final String NUMBER = "123456789018";
    static final String NUMBER_B = "55010120301234";
    static final byte[] AUTH_CERT = filled(1500, 0x30);
    static final byte[] AUTH_ROOT = filled(1301, 0x31);
    static final byte[] SIGN_CERT = filled(1700, 0x32);
    static final byte[] SIGN_ROOT = filled(1319, 0x33);
    static final byte[] TOKEN_INFO = tokenInfo();
    static final byte[] FLAGS = HexFormat.of().parseHex("8F8F00");
    static final byte[] MY_NUMBER = concat(HexFormat.of().parseHex("FF100C"), ascii(NUMBER), HexFormat.of().parseHex("FFFF"));
    static final byte[] BASIC_FACTS = concat(HexFormat.of().parseHex("FF2010"), filled(16, 0x41));
    static final byte[] AP_INFO = HexFormat.of().parseHex("FF4006DF410401010000");
    static final byte[] COMMON_RECORD = concat(HexFormat.of().parseHex("011C"), ascii("1234567890123451310120301231"));

    static final KeyPair AUTH_KEY = generate();
    static final KeyPair SIGN_KEY = generate();

    private TestImages() {
    }

    static CardImage image() {
        Application jpki = new Application(CardApplication.JPKI.aid(), List.of(
                new BinaryFile(0x000A, AUTH_CERT, List.of()),
                new BinaryFile(0x000B, AUTH_ROOT, List.of()),
                new BinaryFile(0x0001, SIGN_CERT, List.of(0x001B)),
                new BinaryFile(0x0002, SIGN_ROOT, List.of()),
                new BinaryFile(0x0006, TOKEN_INFO, List.of()),
                new BinaryFile(0x0008, FLAGS, List.of()),
                new KeyFile(0x0017, crt(AUTH_KEY), 0x0018),
                new PinFile(0x0018, ascii(AUTH_PIN), PinFormat.DIGITS_4, 3, 3),
                new KeyFile(0x001A, crt(SIGN_KEY), 0x001B),
                new PinFile(0x001B, ascii(SIGN_PASSWORD), PinFormat.ALPHANUMERIC_6_16, 5, 5)));
        Application text = new Application(CardApplication.TEXT.aid(), List.of(
                new BinaryFile(0x0001, MY_NUMBER, List.of(0x0011, 0x0014)),
                new BinaryFile(0x0002, BASIC_FACTS, List.of(0x0011, 0x0015)),
                new BinaryFile(0x0005, AP_INFO, List.of()),
                new PinFile(0x0011, ascii(TEXT_PIN), PinFormat.DIGITS_4, 3, 3),
                new PinFile(0x0014, ascii(NUMBER), PinFormat.DIGITS_12, 10, 10),
                new PinFile(0x0015, ascii(NUMBER_B), PinFormat.DIGITS_14, 10, 10)));
        Application common = new Application(CardApplication.COMMON.aid(), List.of(
                new RecordFile(0x0001, List.of(COMMON_RECORD), List.of()),
                new PinFile(0x001C, ascii(JUKI_PIN), PinFormat.DIGITS_4, 3, 3)));
        Application juki = new Application(CardApplication.JUKI.aid(), List.of(
                new PinFile(0x001C, ascii(JUKI_PIN), PinFormat.DIGITS_4, 3, 3)));
        return new CardImage(List.of(jpki, text, common, juki));
    }

    static KeyFile.RsaCrtKey crt(KeyPair pair) {
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) pair.getPrivate();
        return new KeyFile.RsaCrtKey(k.getModulus(), k.getPublicExponent(), k.getPrimeP(), k.getPrimeQ(),
                k.getPrimeExponentP(), k.getPrimeExponentQ(), k.getCrtCoefficient());
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Distinct bytes: a pattern that starts at {@code seed} and changes with the offset. */
    private static byte[] filled(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed + i * 7 + (i >> 8));
        }
        return b;
    }

    private static byte[] tokenInfo() {
        byte[] b = new byte[160];
        Arrays.fill(b, 0, 32, (byte) ' ');
        System.arraycopy(ascii("JPKIAPICCTOKEN2"), 0, b, 0, 15);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }
}
