/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.cms.CmsFormatException;
import dev.mynacard.core.cms.CmsReport;
import dev.mynacard.core.cms.CmsVerifier;
import dev.mynacard.core.cms.ValidationTime;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;

/**
 * Verifies every signature of a PDF, in revision order. For each: the PDF checks (held by a field of
 * the AcroForm under a unique name, an accepted sub-filter, a byte range from the start of the file
 * that leaves out exactly the {@code /Contents} string, {@code /Contents} a CMS, the signed bytes end
 * a revision, what later revisions changed), and the CMS over the signed bytes by a {@link
 * CmsVerifier} — the caller's, with its trust anchors, validation time and key policy; the signer's
 * certificate is also validated as of the claimed signing time {@code /M}, for information. The file is
 * valid when it has a signature, each is valid and the last covers the whole file: anything
 * appended after it is "modified after signing".
 *
 * <p>Every signature dictionary is examined: those the AcroForm's fields hold and any other object
 * of type {@code /Sig}. A malformed signature is a failed check in the report, never an exception;
 * a file PDFBox cannot read at all is a {@link PdfFormatException}. At most {@value #MAX_SIGNATURES}
 * signatures are verified.
 */
public final class PdfVerifier {
    static final int MAX_SIGNATURES = 32;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final CmsVerifier cms;

    public PdfVerifier(CmsVerifier cms) {
        this.cms = Objects.requireNonNull(cms, "cms");
    }

    /** True when {@code bytes} start with a PDF header ({@code %PDF-}). */
    public static boolean isPdf(byte[] bytes) {
        return PdfDocuments.isPdf(bytes);
    }

    public PdfReport verify(byte[] pdf) throws PdfFormatException {
        try (PDDocument document = PdfDocuments.load(pdf)) {
            List<Found> found = signatures(document);
            List<PdfSignatureReport> reports = new ArrayList<>();
            for (Found signature : found) {
                reports.add(verify(pdf, signature, found));
            }
            reports.sort(Comparator.comparingLong(PdfSignatureReport::signedBytes));
            return new PdfReport(pdf.length, reports, List.of(signedToEnd(pdf, reports)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw PdfDocuments.malformed(e);
        }
    }

    /** A signature dictionary and the field that holds it, if any. */
    private record Found(COSDictionary dictionary, Optional<String> fieldName) {
    }

    private static List<Found> signatures(PDDocument document) throws PdfFormatException {
        Map<COSDictionary, Optional<String>> dictionaries = new IdentityHashMap<>();
        List<COSDictionary> order = new ArrayList<>();
        for (PDSignatureField field : document.getSignatureFields()) {
            PDSignature signature = field.getSignature();
            if (signature != null && !dictionaries.containsKey(signature.getCOSObject())) {
                dictionaries.put(signature.getCOSObject(), Optional.of(field.getFullyQualifiedName()));
                order.add(signature.getCOSObject());
            }
        }
        for (COSObject object : document.getDocument().getObjectsByType(COSName.SIG)) {
            if (object.getObject() instanceof COSDictionary dictionary && !dictionaries.containsKey(dictionary)) {
                dictionaries.put(dictionary, Optional.empty());
                order.add(dictionary);
            }
        }
        if (order.size() > MAX_SIGNATURES) {
            throw new PdfFormatException(PdfFormatException.Reason.LIMIT_EXCEEDED,
                    order.size() + " signatures; at most " + MAX_SIGNATURES + " are verified");
        }
        return order.stream().map(dictionary -> new Found(dictionary, dictionaries.get(dictionary))).toList();
    }

    private PdfSignatureReport verify(byte[] pdf, Found signature, List<Found> all) {
        PDSignature dictionary = new PDSignature(signature.dictionary());
        List<Check> checks = new ArrayList<>();
        checks.add(field(signature, all));
        String subFilter = Optional.ofNullable(dictionary.getSubFilter()).orElse("");
        checks.add(SubFilter.of(subFilter).isPresent()
                ? Check.passed(PdfCheck.SUB_FILTER, PdfReason.SUB_FILTER_ACCEPTED, subFilter)
                : Check.failed(PdfCheck.SUB_FILTER, PdfReason.SUB_FILTER_REFUSED, subFilter));
        Optional<Instant> claimed = claimedTime(dictionary);
        Optional<ByteRange> range = ByteRange.of(signature.dictionary().getDictionaryObject(COSName.BYTERANGE));
        byte[] contents = contents(signature.dictionary());
        if (range.isEmpty()) {
            checks.add(Check.failed(PdfCheck.BYTE_RANGE, PdfReason.BYTE_RANGE_MALFORMED));
            return new PdfSignatureReport(signature.fieldName(), claimed, 0, checks, Optional.empty(), Optional.empty());
        }
        Check rangeCheck = range.get().check(pdf, contents);
        checks.add(rangeCheck);
        if (rangeCheck.failed()) {
            return new PdfSignatureReport(signature.fieldName(), claimed, 0, checks, Optional.empty(), Optional.empty());
        }
        long end = range.get().end();
        Optional<CmsReport> report = Optional.empty();
        Optional<ValidationReport> atClaimedTime = Optional.empty();
        try {
            byte[] der = withoutPadding(contents);
            byte[] signed = range.get().covered(pdf);
            report = Optional.of(cms.verifyDetached(der, signed));
            if (claimed.isPresent()) {
                atClaimedTime = cms.validatingAt(ValidationTime.at(claimed.get())).verifyDetached(der, signed)
                        .signers().get(0).certificateReport();
            }
            checks.add(Check.passed(PdfCheck.CONTENTS, PdfReason.CONTENTS_CMS, der.length));
        } catch (CmsFormatException e) {
            checks.add(Check.failed(PdfCheck.CONTENTS, PdfReason.CONTENTS_NOT_CMS, e.getMessage()));
        } catch (IllegalArgumentException e) {
            checks.add(Check.failed(PdfCheck.CONTENTS, PdfReason.CONTENTS_TRAILING_DATA));
        }
        checks.add(coverage(pdf, end));
        checks.add(Changes.after(pdf, end));
        return new PdfSignatureReport(signature.fieldName(), claimed, end, checks, report, atClaimedTime);
    }

    private static Check field(Found signature, List<Found> all) {
        if (signature.fieldName().isEmpty()) {
            return Check.failed(PdfCheck.FIELD, PdfReason.FIELD_OUTSIDE_ACROFORM);
        }
        String name = signature.fieldName().get();
        long sameName = all.stream().filter(other -> other.fieldName().equals(signature.fieldName())).count();
        return sameName > 1 ? Check.failed(PdfCheck.FIELD, PdfReason.FIELD_NAME_DUPLICATE, name, sameName)
                : Check.passed(PdfCheck.FIELD, PdfReason.FIELD_FOUND, name);
    }

    private static byte[] contents(COSDictionary dictionary) {
        COSBase value = dictionary.getDictionaryObject(COSName.CONTENTS);
        return value instanceof COSString string ? string.getBytes() : new byte[0];
    }

    private static Optional<Instant> claimedTime(PDSignature dictionary) {
        try {
            return Optional.ofNullable(dictionary.getSignDate()).map(calendar -> calendar.toInstant());
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The DER of the CMS without the zero padding that fills the rest of the reservation.
     *
     * @throws CmsFormatException       not even the start of a DER object
     * @throws IllegalArgumentException other data follows the CMS
     */
    private static byte[] withoutPadding(byte[] contents) throws CmsFormatException {
        ByteArrayInputStream in = new ByteArrayInputStream(contents);
        try (ASN1InputStream asn1 = new ASN1InputStream(in, contents.length)) {
            if (asn1.readObject() == null) {
                throw new CmsFormatException(CmsFormatException.Reason.NOT_CMS, "empty /Contents");
            }
        } catch (IOException | RuntimeException e) {
            throw new CmsFormatException(CmsFormatException.Reason.NOT_CMS, "not a DER-encoded CMS ContentInfo", e);
        }
        int length = contents.length - in.available();
        for (int i = length; i < contents.length; i++) {
            if (contents[i] != 0) {
                throw new IllegalArgumentException("data after the CMS");
            }
        }
        return Arrays.copyOf(contents, length);
    }

    /** The signed bytes must end a revision: with %%EOF and at most an end of line. */
    private static Check coverage(byte[] pdf, long end) {
        if (!endsRevision(pdf, (int) end)) {
            return Check.failed(PdfCheck.COVERAGE, PdfReason.COVERAGE_NOT_REVISION, end);
        }
        long after = pdf.length - end;
        return isBlank(pdf, (int) end) ? Check.passed(PdfCheck.COVERAGE, PdfReason.COVERAGE_WHOLE_FILE, end)
                : Check.passed(PdfCheck.COVERAGE, PdfReason.COVERAGE_REVISION, end, after);
    }

    private static boolean endsRevision(byte[] pdf, int end) {
        int last = end;
        while (last > 0 && (pdf[last - 1] == '\n' || pdf[last - 1] == '\r') && end - last < 2) {
            last--;
        }
        return last >= EOF_MARKER.length
                && Arrays.equals(pdf, last - EOF_MARKER.length, last, EOF_MARKER, 0, EOF_MARKER.length);
    }

    /** Nothing but line ends after {@code from}. */
    private static boolean isBlank(byte[] pdf, int from) {
        for (int i = from; i < pdf.length; i++) {
            if (pdf[i] != '\n' && pdf[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Check signedToEnd(byte[] pdf, List<PdfSignatureReport> reports) {
        long end = reports.stream().mapToLong(PdfSignatureReport::signedBytes).max().orElse(0);
        if (reports.isEmpty()) {
            return Check.failed(PdfCheck.SIGNED_TO_END, PdfReason.NO_SIGNATURE);
        }
        return end > 0 && isBlank(pdf, (int) end) ? Check.passed(PdfCheck.SIGNED_TO_END, PdfReason.SIGNED_TO_END)
                : Check.failed(PdfCheck.SIGNED_TO_END, PdfReason.UNSIGNED_TAIL, pdf.length - end);
    }
}
