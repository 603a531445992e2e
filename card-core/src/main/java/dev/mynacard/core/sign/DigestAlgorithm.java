/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes the card signs over, with the DER prefix of their PKCS#1 DigestInfo (RFC 8017 §9.2,
 * note 1): the card pads the DigestInfo, so the client sends prefix + digest.
 */
public enum DigestAlgorithm {
    SHA256("SHA-256", "SHA256withRSA", "3031300d060960864801650304020105000420", 32),
    SHA384("SHA-384", "SHA384withRSA", "3041300d060960864801650304020205000430", 48),
    SHA512("SHA-512", "SHA512withRSA", "3051300d060960864801650304020305000440", 64);

    private final String jcaName;
    private final String rsaSignatureName;
    private final byte[] prefix;
    private final int digestLength;

    DigestAlgorithm(String jcaName, String rsaSignatureName, String prefixHex, int digestLength) {
        this.jcaName = jcaName;
        this.rsaSignatureName = rsaSignatureName;
        this.prefix = HexFormat.of().parseHex(prefixHex);
        this.digestLength = digestLength;
    }

    /** The JCA MessageDigest name, e.g. SHA-256. */
    public String jcaName() {
        return jcaName;
    }

    /** The JCA Signature name with RSA, e.g. SHA256withRSA. */
    public String rsaSignatureName() {
        return rsaSignatureName;
    }

    public int digestLength() {
        return digestLength;
    }

    /** Hashes {@code data}. */
    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is missing from this JRE", e);
        }
    }

    /**
     * The DER DigestInfo for a digest.
     *
     * @throws IllegalArgumentException when the digest has not this algorithm's length
     */
    public byte[] digestInfo(byte[] digest) {
        if (digest.length != digestLength) {
            throw new IllegalArgumentException(name() + " digests have " + digestLength + " bytes, got " + digest.length);
        }
        byte[] info = new byte[prefix.length + digestLength];
        System.arraycopy(prefix, 0, info, 0, prefix.length);
        System.arraycopy(digest, 0, info, prefix.length, digestLength);
        return info;
    }
}
