/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.security.KeyBuilder;
import javacard.security.RSAPrivateCrtKey;
import javacard.security.RSAPublicKey;

/** An RSA-2048 private key EF; the public half is kept so the card state can be saved whole. */
public final class KeyEf extends Ef {
    public static final byte P = 1;
    public static final byte Q = 2;
    public static final byte DP = 3;
    public static final byte DQ = 4;
    public static final byte PQ = 5;
    public static final byte MODULUS = 6;
    public static final byte PUBLIC_EXPONENT = 7;
    /** Bytes of a CRT component (P, Q, DP, DQ, PQ) of an RSA-2048 key. */
    public static final short HALF_LENGTH = 128;
    public static final short MODULUS_LENGTH = 256;

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;

    KeyEf(short fid, short[] access) {
        super(fid, access);
        privateKey = (RSAPrivateCrtKey) KeyBuilder.buildKey(KeyBuilder.TYPE_RSA_CRT_PRIVATE,
                KeyBuilder.LENGTH_RSA_2048, false);
        publicKey = (RSAPublicKey) KeyBuilder.buildKey(KeyBuilder.TYPE_RSA_PUBLIC,
                KeyBuilder.LENGTH_RSA_2048, false);
    }

    /** The length a component is stored with (0 for the exponent, stored as given). */
    static short fixedLength(byte component) {
        if (component == MODULUS) {
            return MODULUS_LENGTH;
        }
        return component == PUBLIC_EXPONENT ? 0 : HALF_LENGTH;
    }

    void setComponent(byte component, byte[] buf, short off, short len) {
        switch (component) {
            case P:
                privateKey.setP(buf, off, len);
                break;
            case Q:
                privateKey.setQ(buf, off, len);
                break;
            case DP:
                privateKey.setDP1(buf, off, len);
                break;
            case DQ:
                privateKey.setDQ1(buf, off, len);
                break;
            case PQ:
                privateKey.setPQ(buf, off, len);
                break;
            case MODULUS:
                publicKey.setModulus(buf, off, len);
                break;
            case PUBLIC_EXPONENT:
                publicKey.setExponent(buf, off, len);
                break;
            default:
                ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
        }
    }

    public boolean isComplete() {
        return privateKey.isInitialized() && publicKey.isInitialized();
    }

    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }
}
