/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

import java.math.BigInteger;

/** An RSA private key EF, usable for COMPUTE DIGITAL SIGNATURE once {@code usePin} is verified. */
public record KeyFile(int fid, RsaCrtKey key, int usePin) implements ElementaryFile {
    /** The CRT form a Java Card RSAPrivateCrtKey takes, plus the public part. */
    public record RsaCrtKey(BigInteger modulus, BigInteger publicExponent, BigInteger p, BigInteger q,
                            BigInteger dp, BigInteger dq, BigInteger qInv) {
        @Override
        public String toString() {
            return "RsaCrtKey[" + modulus.bitLength() + " bits]";
        }
    }

    @Override
    public String toString() {
        return "KeyFile[fid=" + fid + ", " + key + ", usePin=" + usePin + "]";
    }
}
