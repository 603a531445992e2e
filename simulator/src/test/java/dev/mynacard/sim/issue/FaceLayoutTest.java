/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.PinFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceLayoutTest {
    private static final CardImage IMAGE = DefaultCard.image();
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @Test
    void theVisualApHasItsOwnVerificationNumbersOpeningTheFace() {
        CardLayoutTest.assertPin(IMAGE, FaceLayout.VISUAL_AID, 0x0012, "55050520355678", PinFormat.DIGITS_14, 10, 10);
        CardLayoutTest.assertPin(IMAGE, FaceLayout.VISUAL_AID, 0x0013, "123456789018", PinFormat.DIGITS_12, 10, 10);
        assertEquals(List.of(0x0012, 0x0013), binary(FaceLayout.VISUAL_AID, 0x0002).readAccess());
        assertEquals(List.of(), binary(FaceLayout.VISUAL_AID, 0x0003).readAccess());
        assertEquals(List.of(), binary(FaceLayout.VISUAL_AID, 0x0004).readAccess());
        assertEquals(List.of(0x0011, 0x0014, 0x0015), binary(CardLayout.TEXT_AID, 0x0003).readAccess());
    }

    @Test
    void theFaceOffsetsCountFromTheFirstByteOfTheFile() {
        byte[] face = binary(FaceLayout.VISUAL_AID, 0x0002).content();
        assertEquals("FF2082", HEX.formatHex(face, 0, 3));
        assertEquals("DF2112", HEX.formatHex(face, 5, 8), "9 offsets");
        int first = ((face[8] & 0xFF) << 8) | (face[9] & 0xFF);
        assertEquals(5 + 3 + 18, first);
        assertEquals("DF2208" + HEX.formatHex("19800505".getBytes(StandardCharsets.US_ASCII)),
                HEX.formatHex(face, first, first + 11));
    }

    @Test
    void thePhotoIsJpeg2000AndTheSameSeedGivesTheSameCard() {
        byte[] face = binary(FaceLayout.VISUAL_AID, 0x0002).content();
        String jp2Signature = "0000000C6A5020200D0A870A";
        assertTrue(HEX.formatHex(face).contains(jp2Signature), "a JP2 file");
        assertArrayEquals(face, visualFace(DefaultCard.image()));
        byte[] other = visualFace(Issuer.standard().issue(DefaultCard.profile().toBuilder().seed(5).build()).image());
        assertFalse(Arrays.equals(face, other));
    }

    @Test
    void theTextIntegrityRecordSignsTheDigestsOfBothFiles() throws Exception {
        byte[] record = binary(CardLayout.TEXT_AID, 0x0003).content();
        assertEquals(336, record.length);
        assertEquals("FF3082014BDF3120", HEX.formatHex(record, 0, 8));
        byte[] myNumber = binary(CardLayout.TEXT_AID, 0x0001).content();
        assertEquals(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(myNumber)), HEX.formatHex(record, 8, 40));
        byte[] certificate = binary(CardLayout.TEXT_AID, 0x0004).content();
        assertEquals(568, certificate.length);
        assertEquals("9000033", new String(certificate, 10, 7, StandardCharsets.US_ASCII));
        Signature ca = Signature.getInstance("SHA256withRSA");
        ca.initVerify(SimulatorPki.standard().textCvcCaKey());
        ca.update(certificate, 10, 297);
        assertTrue(ca.verify(Arrays.copyOfRange(certificate, 312, 568)));
    }

    private static BinaryFile binary(String aid, int fid) {
        return ImageFiles.get(IMAGE, aid, fid, BinaryFile.class);
    }

    private static byte[] visualFace(CardImage image) {
        return ImageFiles.get(image, FaceLayout.VISUAL_AID, 0x0002, BinaryFile.class).content();
    }
}
