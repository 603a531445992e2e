/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TlvHeader;
import dev.mynacard.core.cert.JapaneseDate;
import dev.mynacard.core.cert.Sex;
import dev.mynacard.core.cvc.CardVerifiableCertificate;
import dev.mynacard.core.cvc.CvcVerifier;
import dev.mynacard.core.text.BasicFourFacts;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The card face, visual AP EF 0002 (docs/protocol.md §2, §14): {@code FF20 { DF21 offsets, DF22
 * birth date, DF23 sex, DF24 the card's key, DF25 name image, DF26 address image, DF27 photo,
 * DF28 signature, DF29 expiry, DF2A security-code image }}. The offsets are checked, not trusted.
 *
 * <p>The signature covers three groups, each hashed on its own (the items as written, headers
 * included): DF22–DF24, DF25–DF26, DF27; the 96 bytes of digests form one SHA-256 DigestInfo.
 * DF29 and DF2A come after the signature and are not covered.
 *
 * @param cardKey the card's own key (DF24), which the card signs challenges with
 */
public record CardFace(JapaneseDate birthDate, Sex sex, RSAPublicKey cardKey, byte[] nameImage,
                       byte[] addressImage, byte[] photo, byte[] signature, JapaneseDate expiry,
                       byte[] securityCodeImage, byte[] signedDigestInfo) {
    public static final int EF = 0x0002;
    private static final int RECORD_TAG = 0xFF20;
    private static final int OFFSETS = 0xDF21;
    private static final int BIRTH_DATE = 0xDF22;
    private static final int SEX = 0xDF23;
    private static final int CARD_KEY = 0xDF24;
    private static final int NAME = 0xDF25;
    private static final int ADDRESS = 0xDF26;
    private static final int PHOTO = 0xDF27;
    private static final int SIGNATURE = 0xDF28;
    private static final int EXPIRY = 0xDF29;
    private static final int SECURITY_CODE = 0xDF2A;
    private static final List<List<Integer>> SIGNED_GROUPS = List.of(
            List.of(BIRTH_DATE, SEX, CARD_KEY), List.of(NAME, ADDRESS), List.of(PHOTO));
    /** {@code SEQUENCE { SEQUENCE { sha256, NULL }, OCTET STRING (96) }} up to the digests. */
    private static final byte[] DIGEST_INFO_PREFIX =
            HexFormat.of().parseHex("3071300d060960864801650304020105000460");

    public CardFace {
        nameImage = nameImage.clone();
        addressImage = addressImage.clone();
        photo = photo.clone();
        signature = signature.clone();
        securityCodeImage = securityCodeImage.clone();
        signedDigestInfo = signedDigestInfo.clone();
    }

    /** Parses the {@code FF20} object (its exact bytes, as {@code CardSession.readObject} returns). */
    public static CardFace parse(byte[] object) throws MalformedCardResponseException {
        TlvHeader record = TlvHeader.parse(object, 0, object.length);
        if (record.tag() != RECORD_TAG || record.end() != object.length) {
            throw new MalformedCardResponseException("visual AP EF 0002 is not one FF20 object");
        }
        Map<Integer, TlvHeader> items = new HashMap<>();
        TlvHeader offsets = null;
        List<TlvHeader> children = TlvHeader.children(object, record);
        for (TlvHeader item : children) {
            if (item.tag() == OFFSETS && offsets == null && items.isEmpty()) {
                offsets = item;
            } else if (items.put(item.tag(), item) != null) {
                throw new MalformedCardResponseException(String.format("visual AP EF 0002 repeats tag %X", item.tag()));
            }
        }
        if (offsets != null) {
            checkOffsets(object, offsets, children.subList(1, children.size()));
        }
        return new CardFace(
                BasicFourFacts.date(value(object, items, BIRTH_DATE), "the birth date of visual AP EF 0002"),
                BasicFourFacts.sex(value(object, items, SEX), "visual AP EF 0002"),
                CardVerifiableCertificate.rsaKey(value(object, items, CARD_KEY), 0),
                value(object, items, NAME), value(object, items, ADDRESS), value(object, items, PHOTO),
                value(object, items, SIGNATURE),
                BasicFourFacts.date(value(object, items, EXPIRY), "the expiry date of visual AP EF 0002"),
                value(object, items, SECURITY_CODE),
                digestInfo(object, items));
    }

    /** DF21 holds, for each item after it, its offset from the first byte of the file (u16). */
    private static void checkOffsets(byte[] object, TlvHeader table, List<TlvHeader> following)
            throws MalformedCardResponseException {
        if (table.valueLength() != 2 * following.size()) {
            throw new MalformedCardResponseException("the offset table of visual AP EF 0002 has "
                    + table.valueLength() + " bytes for " + following.size() + " items");
        }
        for (int i = 0; i < following.size(); i++) {
            int at = table.valueOffset() + 2 * i;
            int declared = ((object[at] & 0xFF) << 8) | (object[at + 1] & 0xFF);
            if (declared != following.get(i).offset()) {
                throw new MalformedCardResponseException(String.format(
                        "the offset table of visual AP EF 0002 puts item %X at %d, not %d",
                        following.get(i).tag(), declared, following.get(i).offset()));
            }
        }
    }

    private static byte[] value(byte[] object, Map<Integer, TlvHeader> items, int tag)
            throws MalformedCardResponseException {
        return item(items, tag).value(object);
    }

    private static TlvHeader item(Map<Integer, TlvHeader> items, int tag) throws MalformedCardResponseException {
        TlvHeader item = items.get(tag);
        if (item == null) {
            throw new MalformedCardResponseException(String.format("visual AP EF 0002 has no %X item", tag));
        }
        return item;
    }

    private static byte[] digestInfo(byte[] object, Map<Integer, TlvHeader> items)
            throws MalformedCardResponseException {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.writeBytes(DIGEST_INFO_PREFIX);
        for (List<Integer> group : SIGNED_GROUPS) {
            MessageDigest sha256 = CvcVerifier.sha256();
            for (int tag : group) {
                TlvHeader item = item(items, tag);
                sha256.update(object, item.offset(), item.totalLength());
            }
            info.writeBytes(sha256.digest());
        }
        return info.toByteArray();
    }

    @Override
    public byte[] nameImage() {
        return nameImage.clone();
    }

    @Override
    public byte[] addressImage() {
        return addressImage.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public byte[] securityCodeImage() {
        return securityCodeImage.clone();
    }

    /** The DigestInfo the signature must carry: SHA-256 OID and the three groups' digests. */
    @Override
    public byte[] signedDigestInfo() {
        return signedDigestInfo.clone();
    }

    @Override
    public String toString() {
        return "CardFace[birthDate=" + birthDate + ", sex=" + sex + ", expiry=" + expiry + ", photo=" + photo.length
                + " bytes]";
    }
}
