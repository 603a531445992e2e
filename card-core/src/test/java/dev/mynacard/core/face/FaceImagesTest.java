/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.TestCards;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FaceImagesTest {
    private static byte[] photo() throws Exception {
        return CardFace.parse(FaceFiles.ef(TestCards.defaultCard(), FaceFiles.VISUAL_AID, 2)).photo();
    }

    @Test
    void thePhotoRoundTripsToPng() throws Exception {
        BufferedImage photo = FaceImages.decodeJpeg2000(photo());
        BufferedImage again = FaceImages.decodePng(FaceImages.png(photo));
        assertEquals(photo.getWidth(), again.getWidth());
        assertEquals(photo.getRGB(90, 100), again.getRGB(90, 100));
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
        byte[] wide = FaceImages.png(new BufferedImage(FaceImages.MAX_SIDE + 1, 1, BufferedImage.TYPE_BYTE_BINARY));
        FaceImageException refused = assertThrows(FaceImageException.class, () -> FaceImages.decodePng(wide));
        assertTrue(refused.getMessage().contains("2049×1"), refused.getMessage());
    }

    @Test
    void aTruncatedPhotoIsATypedError() throws Exception {
        byte[] photo = photo();
        byte[] truncated = Arrays.copyOf(photo, 40);
        assertThrows(FaceImageException.class, () -> FaceImages.decodeJpeg2000(truncated));
    }

    @Test
    void somethingElseIsNotTakenForAnImage() throws Exception {
        FaceImageException png = assertThrows(FaceImageException.class, () -> FaceImages.decodeJpeg2000(
                FaceImages.png(new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY))));
        assertEquals("the image is not a JPEG 2000 file", png.getMessage());
        assertThrows(FaceImageException.class, () -> FaceImages.decodePng(photo()));
        assertThrows(FaceImageException.class, () -> FaceImages.decodeJpeg2000(new byte[FaceImages.MAX_IMAGE_BYTES + 1]));
    }
}
