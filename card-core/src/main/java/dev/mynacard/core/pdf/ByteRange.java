/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.trust.Check;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInteger;

/**
 * A signature's {@code /ByteRange [start1 length1 start2 length2]}: the signed bytes are the file
 * but the gap between the two ranges, which must be exactly the {@code /Contents} hex string.
 */
record ByteRange(long start1, long length1, long start2, long length2) {
    /** The four numbers, when they are four non-negative integers. */
    static Optional<ByteRange> of(COSBase value) {
        if (!(value instanceof COSArray array) || array.size() != 4) {
            return Optional.empty();
        }
        long[] numbers = new long[4];
        for (int i = 0; i < 4; i++) {
            if (!(array.getObject(i) instanceof COSInteger number) || number.longValue() < 0) {
                return Optional.empty();
            }
            numbers[i] = number.longValue();
        }
        return Optional.of(new ByteRange(numbers[0], numbers[1], numbers[2], numbers[3]));
    }

    long gapStart() {
        return start1 + length1;
    }

    /** Where the signed bytes end. */
    long end() {
        return start2 + length2;
    }

    /**
     * Starts at 0, lies within the file and leaves out exactly a hex string ({@code <…>}) whose
     * value is {@code contents}.
     */
    Check check(byte[] file, byte[] contents) {
        if (start1 != 0) {
            return Check.failed(PdfCheck.BYTE_RANGE, PdfReason.BYTE_RANGE_NOT_AT_START, start1);
        }
        if (length1 > file.length || start2 > file.length || length2 > file.length || start2 < gapStart()
                || end() > file.length) {
            return Check.failed(PdfCheck.BYTE_RANGE, PdfReason.BYTE_RANGE_OUTSIDE_FILE,
                    Math.max(start2, gapStart()) + Math.min(length2, file.length + 1L), file.length);
        }
        if (!gap(file).map(value -> Arrays.equals(value, contents)).orElse(false)) {
            return Check.failed(PdfCheck.BYTE_RANGE, PdfReason.BYTE_RANGE_GAP_NOT_CONTENTS, gapStart(), start2);
        }
        return Check.passed(PdfCheck.BYTE_RANGE, PdfReason.BYTE_RANGE_WELL_FORMED, length1, start2, length2);
    }

    /** The value of the hex string the gap is, when the gap is one and nothing else. */
    private Optional<byte[]> gap(byte[] file) {
        int from = (int) gapStart();
        int to = (int) start2;
        if (to - from < 2 || file[from] != '<' || file[to - 1] != '>') {
            return Optional.empty();
        }
        String hex = new String(file, from + 1, to - from - 2, java.nio.charset.StandardCharsets.US_ASCII);
        if (hex.length() % 2 != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().parseHex(hex));
    }

    /** The signed bytes; call after {@link #check} passed. */
    byte[] covered(byte[] file) {
        byte[] covered = new byte[(int) (length1 + length2)];
        System.arraycopy(file, (int) start1, covered, 0, (int) length1);
        System.arraycopy(file, (int) start2, covered, (int) length1, (int) length2);
        return covered;
    }

    /** The bytes {@code range} (as PDFBox gives a byte range) covers. */
    static byte[] covered(byte[] file, int[] range) {
        return new ByteRange(range[0], range[1], range[2], range[3]).covered(file);
    }
}
