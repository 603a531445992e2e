/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The PDF entry points fed mutated signed PDFs and PDF-looking noise: a report or a {@link
 * PdfFormatException}, within a generous bound per input, nothing else.
 */
class PdfFuzzTest {
    private static final Duration PER_INPUT = Duration.ofSeconds(30);
    private static final byte[] SIGNED = signedContract();

    private static byte[] signedContract() {
        try {
            return TestPdfs.signed(TestPdfs.contract());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 1000)
    void aMutatedSignedPdfGivesAReportOrATypedError(@ForAll @IntRange(min = 0, max = 100_000) int position,
                                                     @ForAll @Size(min = 1, max = 16) byte[] replacement,
                                                     @ForAll boolean truncate) {
        int at = position % SIGNED.length;
        byte[] pdf = truncate ? Arrays.copyOf(SIGNED, Math.max(at, 1)) : SIGNED.clone();
        if (!truncate) {
            System.arraycopy(replacement, 0, pdf, at, Math.min(replacement.length, pdf.length - at));
        }
        PdfReport report = verify(pdf);
        if (report != null && changedSignedBytes(pdf)) {
            assertFalse(report.isValid(), report::toString);
        }
        readable(pdf);
    }

    @Property(tries = 1000)
    void noiseAfterAPdfHeaderGivesAReportOrATypedError(@ForAll @Size(max = 2000) byte[] noise) {
        byte[] pdf = new byte[noise.length + 9];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        System.arraycopy(noise, 0, pdf, 9, noise.length);
        verify(pdf);
        readable(pdf);
    }

    @Example
    void deeplyNestedArraysAreBounded() {
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        byte[] pdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /X " + nested + " >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
                + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        verify(pdf);
        readable(pdf);
    }

    /**
     * A byte the signature covers differs, or the file is shorter. (Inside the {@code /Contents} hex
     * string, a digit written in the other case is the same signature.)
     */
    private static boolean changedSignedBytes(byte[] pdf) {
        int gapStart = TestPdfs.lastIndexOf(SIGNED, "/Contents <") + "/Contents ".length();
        int gapEnd = new String(SIGNED, StandardCharsets.ISO_8859_1).indexOf('>', gapStart) + 1;
        return pdf.length != SIGNED.length || !Arrays.equals(pdf, 0, gapStart, SIGNED, 0, gapStart)
                || !Arrays.equals(pdf, gapEnd, pdf.length, SIGNED, gapEnd, SIGNED.length);
    }

    private static PdfReport verify(byte[] pdf) {
        return assertTimeoutPreemptively(PER_INPUT, () -> {
            try {
                return TestPdfs.SIMULATOR.verify(pdf);
            } catch (PdfFormatException typed) {
                return null;
            }
        });
    }

    private static void readable(byte[] pdf) {
        assertTimeoutPreemptively(PER_INPUT, () -> {
            try {
                PdfSigner.pages(pdf);
            } catch (PdfFormatException typed) {
                // documented
            }
        });
    }
}
