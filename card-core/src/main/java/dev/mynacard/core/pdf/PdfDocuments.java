/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Loads PDFs with bounds: a size cap, PDFBox's scratch memory capped at a multiple of the input,
 * and any failure of the parser (however deep the nesting) turned into a {@link PdfFormatException}.
 */
final class PdfDocuments {
    /** The largest PDF read: a signed contract or application, with room for scans. */
    static final int MAX_BYTES = 256 * 1024 * 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final long SCRATCH_PER_INPUT_BYTE = 4;
    private static final long MIN_SCRATCH_BYTES = 16L * 1024 * 1024;

    private PdfDocuments() {
    }

    /** True when the bytes start with a PDF header. */
    static boolean isPdf(byte[] bytes) {
        return bytes.length >= HEADER.length && Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length);
    }

    static PDDocument load(byte[] pdf) throws PdfFormatException {
        if (pdf.length > MAX_BYTES) {
            throw new PdfFormatException(PdfFormatException.Reason.TOO_LARGE,
                    pdf.length + " bytes; at most " + MAX_BYTES + " are read");
        }
        if (!isPdf(pdf)) {
            throw new PdfFormatException(PdfFormatException.Reason.NOT_PDF, "no %PDF- header");
        }
        long scratch = Math.max(MIN_SCRATCH_BYTES, SCRATCH_PER_INPUT_BYTE * pdf.length);
        try {
            PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "",
                    MemoryUsageSetting.setupMainMemoryOnly(scratch).streamCache);
            if (document.isEncrypted()) {
                document.close();
                throw new PdfFormatException(PdfFormatException.Reason.ENCRYPTED, "the PDF is encrypted");
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw new PdfFormatException(PdfFormatException.Reason.ENCRYPTED, "the PDF needs a password", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw malformed(e);
        }
    }

    static PdfFormatException malformed(Throwable cause) {
        return new PdfFormatException(PdfFormatException.Reason.MALFORMED, "PDFBox cannot read the PDF: "
                + cause.getClass().getSimpleName(), cause);
    }
}
