/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TlvHeader;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** The EFs of an issued card as the card stores them, and hostile rewrites of them. */
final class FaceFiles {
    static final String VISUAL_AID = "d3921000310001010402";
    static final String TEXT_AID = "d3921000310001010408";

    private FaceFiles() {
    }

    static byte[] ef(IssuedCard card, String aid, int fid) {
        for (Application application : card.image().applications()) {
            if (HexFormat.of().formatHex(application.aid()).equals(aid)) {
                return application.files().stream()
                        .filter(file -> file.fid() == fid && file instanceof BinaryFile)
                        .map(file -> ((BinaryFile) file).content()).findFirst().orElseThrow();
            }
        }
        throw new IllegalArgumentException("no application " + aid);
    }

    static FaceContents contents(byte[] face, byte[] info, byte[] certificate) throws MalformedCardResponseException {
        return new FaceContents(CardFace.parse(face), VisualApInfo.parse(info),
                dev.mynacard.core.cvc.CardVerifiableCertificate.parse(certificate));
    }

    /** The FF20 record with item {@code tag}'s value replaced and no offset table (which is optional). */
    static byte[] replaceItem(byte[] face, int tag, byte[] value) throws MalformedCardResponseException {
        TlvHeader record = TlvHeader.parse(face, 0, face.length);
        ByteArrayOutputStream items = new ByteArrayOutputStream();
        for (TlvHeader item : TlvHeader.children(face, record)) {
            if (item.tag() == 0xDF21) {
                continue;
            }
            items.writeBytes(item.tag() == tag ? tlv(tag, value) : item.encoded(face));
        }
        return tlv(0xFF20, items.toByteArray());
    }

    static byte[] item(byte[] face, int tag) throws MalformedCardResponseException {
        TlvHeader record = TlvHeader.parse(face, 0, face.length);
        for (TlvHeader item : TlvHeader.children(face, record)) {
            if (item.tag() == tag) {
                return item.value(face);
            }
        }
        throw new IllegalArgumentException("no item " + Integer.toHexString(tag));
    }

    static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag >> 8);
        out.write(tag);
        out.write(0x82);
        out.write(value.length >> 8);
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }
}
