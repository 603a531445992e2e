/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TlvHeader;
import dev.mynacard.core.cvc.KeyId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The visual AP's basic information, EF 0003, free to read (docs/protocol.md §2):
 * {@code FF30 { DF31 4 bytes, DF32 a key identifier, DF33 version, DF34 municipality code, DF35 a
 * key identifier + opaque bytes }}. Nothing in it is signed; the meaning of DF31, DF32 and DF35 is
 * not established, so they are kept as read.
 */
public record VisualApInfo(String identification, KeyId keyId, int version, String municipalityCode,
                           KeyId opaqueKeyId, int opaqueLength) {
    public static final int EF = 0x0003;
    private static final int RECORD_TAG = 0xFF30;

    /** Parses the {@code FF30} object (its exact bytes). */
    public static VisualApInfo parse(byte[] object) throws MalformedCardResponseException {
        TlvHeader record = TlvHeader.parse(object, 0, object.length);
        if (record.tag() != RECORD_TAG || record.end() != object.length) {
            throw new MalformedCardResponseException("visual AP EF 0003 is not one FF30 object");
        }
        Map<Integer, byte[]> items = new HashMap<>();
        for (TlvHeader item : TlvHeader.children(object, record)) {
            items.putIfAbsent(item.tag(), item.value(object));
        }
        byte[] version = required(items, 0xDF33);
        byte[] municipality = required(items, 0xDF34);
        byte[] opaque = required(items, 0xDF35);
        if (version.length != 1 || municipality.length != 5 || opaque.length < KeyId.LENGTH) {
            throw new MalformedCardResponseException("visual AP EF 0003 has items of the wrong size");
        }
        String code = new String(municipality, StandardCharsets.US_ASCII);
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new MalformedCardResponseException("the municipality code of visual AP EF 0003 is not 5 digits");
        }
        return new VisualApInfo(HexFormat.of().withUpperCase().formatHex(required(items, 0xDF31)),
                KeyId.parse(required(items, 0xDF32), 0), version[0] & 0xFF, code, KeyId.parse(opaque, 0),
                opaque.length - KeyId.LENGTH);
    }

    private static byte[] required(Map<Integer, byte[]> items, int tag) throws MalformedCardResponseException {
        byte[] value = items.get(tag);
        if (value == null) {
            throw new MalformedCardResponseException(String.format("visual AP EF 0003 has no %X item", tag));
        }
        return value;
    }
}
