/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TlvHeader;
import java.util.Arrays;
import java.util.List;

/**
 * The text AP's integrity record, EF 0003 (docs/protocol.md §2, §14): {@code FF30 { DF31 SHA-256 of
 * EF 0001 as stored (filler included), DF32 SHA-256 of EF 0002's value without its DF21 offset
 * table, DF33 signature }}. The signature (SHA-256, PKCS#1 v1.5) covers DF31 and DF32 as written
 * and is made with the key the text AP's certificate (EF 0004) certifies.
 *
 * @param signed the bytes the signature covers
 */
public record TextIntegrity(byte[] numberDigest, byte[] factsDigest, byte[] signature, byte[] signed) {
    public static final int EF = 0x0003;
    public static final int CERTIFICATE_EF = 0x0004;
    private static final int RECORD_TAG = 0xFF30;
    private static final int NUMBER_DIGEST = 0xDF31;
    private static final int FACTS_DIGEST = 0xDF32;
    private static final int SIGNATURE = 0xDF33;
    private static final int DIGEST_LENGTH = 32;

    public TextIntegrity {
        numberDigest = numberDigest.clone();
        factsDigest = factsDigest.clone();
        signature = signature.clone();
        signed = signed.clone();
    }

    /** Parses the {@code FF30} object (its exact bytes). */
    public static TextIntegrity parse(byte[] object) throws MalformedCardResponseException {
        TlvHeader record = TlvHeader.parse(object, 0, object.length);
        if (record.tag() != RECORD_TAG || record.end() != object.length) {
            throw new MalformedCardResponseException("text AP EF 0003 is not one FF30 object");
        }
        List<TlvHeader> items = TlvHeader.children(object, record);
        if (items.size() != 3 || items.get(0).tag() != NUMBER_DIGEST || items.get(1).tag() != FACTS_DIGEST
                || items.get(2).tag() != SIGNATURE || items.get(0).valueLength() != DIGEST_LENGTH
                || items.get(1).valueLength() != DIGEST_LENGTH) {
            throw new MalformedCardResponseException("text AP EF 0003 is not DF31, DF32 (32 bytes each), DF33");
        }
        return new TextIntegrity(items.get(0).value(object), items.get(1).value(object), items.get(2).value(object),
                Arrays.copyOfRange(object, items.get(0).offset(), items.get(2).offset()));
    }

    /** What DF32 digests: the basic 4 facts record's value after its DF21 offset table. */
    public static byte[] factsDigestInput(byte[] basicFourObject) throws MalformedCardResponseException {
        TlvHeader record = TlvHeader.parse(basicFourObject, 0, basicFourObject.length);
        List<TlvHeader> items = TlvHeader.children(basicFourObject, record);
        int from = !items.isEmpty() && items.get(0).tag() == 0xDF21 ? items.get(0).end() : record.valueOffset();
        return Arrays.copyOfRange(basicFourObject, from, record.end());
    }

    @Override
    public byte[] numberDigest() {
        return numberDigest.clone();
    }

    @Override
    public byte[] factsDigest() {
        return factsDigest.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public byte[] signed() {
        return signed.clone();
    }
}
