/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cvc.CardVerifiableCertificate;
import dev.mynacard.core.face.CardFace;
import dev.mynacard.core.face.FaceImageException;
import dev.mynacard.core.face.FaceImages;
import dev.mynacard.core.face.VisualApInfo;
import dev.mynacard.core.text.TextIntegrity;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The visual AP's and the text AP's signed-data parsers and the image decoders, fed random and
 * mutated bytes: a value or their documented exception, nothing else, in bounded time.
 */
class FaceParserFuzzTest {
    private static final byte[] FACE = ef("d3921000310001010402", 2);
    private static final byte[] CERTIFICATE = ef("d3921000310001010402", 4);
    private static final byte[] PHOTO = photo();

    @Property(tries = 2000)
    void parsersThrowOnlyMalformedResponse(@ForAll @Size(max = 600) byte[] bytes) {
        ParserFuzzTest.parse(() -> CardFace.parse(bytes));
        ParserFuzzTest.parse(() -> CardVerifiableCertificate.parse(bytes));
        ParserFuzzTest.parse(() -> VisualApInfo.parse(bytes));
        ParserFuzzTest.parse(() -> TextIntegrity.parse(bytes));
    }

    @Property(tries = 1000)
    void mutatedFacesAndCertificates(@ForAll @IntRange(min = 0, max = 100_000) int position,
                                     @ForAll byte value, @ForAll @IntRange(min = 0, max = 40) int cut) {
        byte[] face = mutate(FACE, position, value, cut);
        byte[] certificate = mutate(CERTIFICATE, position, value, cut);
        ParserFuzzTest.parse(() -> CardFace.parse(face));
        ParserFuzzTest.parse(() -> CardVerifiableCertificate.parse(certificate));
    }

    @Property(tries = 150)
    void mutatedPhotosDecodeOrFailTyped(@ForAll @IntRange(min = 0, max = 10_000) int position,
                                        @ForAll byte value, @ForAll @IntRange(min = 0, max = 400) int cut) {
        byte[] photo = mutate(PHOTO, position, value, cut);
        long start = System.nanoTime();
        try {
            FaceImages.decodeJpeg2000(photo);
        } catch (FaceImageException expected) {
            // documented
        }
        assertTrue(System.nanoTime() - start < FaceImages.DECODE_TIME_LIMIT.toNanos() + 2_000_000_000L);
    }

    @Property(tries = 300)
    void randomImagesFailTyped(@ForAll @Size(max = 300) byte[] bytes) {
        try {
            FaceImages.decodePng(bytes);
        } catch (FaceImageException expected) {
            // documented
        }
    }

    private static byte[] mutate(byte[] original, int position, byte value, int cut) {
        byte[] copy = Arrays.copyOf(original, Math.max(1, original.length - cut));
        copy[position % copy.length] = value;
        return copy;
    }

    private static byte[] ef(String aid, int fid) {
        for (Application application : TestCards.defaultCard().image().applications()) {
            if (HexFormat.of().formatHex(application.aid()).equals(aid)) {
                return application.files().stream().filter(f -> f.fid() == fid && f instanceof BinaryFile)
                        .map(f -> ((BinaryFile) f).content()).findFirst().orElseThrow();
            }
        }
        throw new IllegalStateException("no application " + aid);
    }

    private static byte[] photo() {
        try {
            return CardFace.parse(FACE).photo();
        } catch (MalformedCardResponseException e) {
            throw new IllegalStateException(e);
        }
    }
}
