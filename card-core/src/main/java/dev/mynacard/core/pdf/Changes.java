/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.trust.Check;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * What the revisions after a signature changed in what the signer saw: the pages (their number,
 * content streams and resources), their annotations other than signature widgets, and the values of
 * form fields other than signatures. Adding a signature changes none of these.
 */
final class Changes {
    static final int MAX_PAGES = 2000;
    /** PDF objects visited to compare the revisions: ample for documents people sign, bounded for hostile ones. */
    static final long MAX_OBJECTS = 2_000_000;

    private Changes() {
    }

    static Check after(byte[] pdf, long signedEnd) {
        if (signedEnd >= pdf.length) {
            return Check.passed(PdfCheck.CHANGES, PdfReason.CHANGES_NONE);
        }
        try (PDDocument signed = PdfDocuments.load(Arrays.copyOf(pdf, (int) signedEnd));
             PDDocument current = PdfDocuments.load(pdf)) {
            if (signed.getNumberOfPages() > MAX_PAGES || current.getNumberOfPages() > MAX_PAGES) {
                return Check.notChecked(PdfCheck.CHANGES, PdfReason.CHANGES_TOO_MANY_PAGES, MAX_PAGES);
            }
            List<Check.Text> changes = compare(signed, current, new ObjectWalk.Budget(MAX_OBJECTS));
            return changes.isEmpty() ? Check.passed(PdfCheck.CHANGES, PdfReason.CHANGES_SIGNATURES_ONLY)
                    : Check.failed(PdfCheck.CHANGES, PdfReason.CHANGES_FOUND, changes);
        } catch (ObjectWalk.BudgetExhausted e) {
            return Check.notChecked(PdfCheck.CHANGES, PdfReason.CHANGES_TOO_LARGE, MAX_OBJECTS);
        } catch (PdfFormatException | IOException | RuntimeException | StackOverflowError e) {
            return Check.failed(PdfCheck.CHANGES, PdfReason.CHANGES_UNREADABLE);
        }
    }

    private static List<Check.Text> compare(PDDocument signed, PDDocument current, ObjectWalk.Budget budget)
            throws IOException {
        List<Check.Text> changes = new ArrayList<>();
        int pages = signed.getNumberOfPages();
        if (current.getNumberOfPages() != pages) {
            changes.add(Check.Text.of(PdfReason.CHANGE_PAGE_COUNT, current.getNumberOfPages(), pages));
        }
        for (int i = 0; i < Math.min(pages, current.getNumberOfPages()); i++) {
            PDPage before = signed.getPage(i);
            PDPage after = current.getPage(i);
            if (!fingerprint(before.getCOSObject().getDictionaryObject(COSName.CONTENTS), budget)
                    .equals(fingerprint(after.getCOSObject().getDictionaryObject(
                            COSName.CONTENTS), budget))) {
                changes.add(Check.Text.of(PdfReason.CHANGE_PAGE_CONTENT, i + 1));
            }
            if (!fingerprint(before.getCOSObject().getDictionaryObject(COSName.RESOURCES), budget)
                    .equals(fingerprint(after.getCOSObject().getDictionaryObject(
                            COSName.RESOURCES), budget))) {
                changes.add(Check.Text.of(PdfReason.CHANGE_PAGE_RESOURCES, i + 1));
            }
            if (!annotations(before, budget).equals(annotations(after, budget))) {
                changes.add(Check.Text.of(PdfReason.CHANGE_ANNOTATIONS, i + 1));
            }
        }
        Map<String, String> valuesBefore = formValues(signed);
        Map<String, String> valuesAfter = formValues(current);
        valuesAfter.forEach((name, value) -> {
            if (!Objects.equals(valuesBefore.get(name), value)) {
                changes.add(Check.Text.of(PdfReason.CHANGE_FORM_VALUE, name));
            }
        });
        return changes;
    }

    /** The annotations other than signature widgets, each by its fingerprint. */
    private static List<String> annotations(PDPage page, ObjectWalk.Budget budget) throws IOException {
        List<String> fingerprints = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationWidget widget && isSignatureWidget(widget)) {
                continue;
            }
            fingerprints.add(fingerprint(annotation.getCOSObject(), budget));
        }
        return fingerprints;
    }

    private static boolean isSignatureWidget(PDAnnotationWidget widget) {
        return COSName.SIG.equals(widget.getCOSObject().getCOSName(
                COSName.FT));
    }

    private static Map<String, String> formValues(PDDocument document) {
        Map<String, String> values = new HashMap<>();
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return values;
        }
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDSignatureField)) {
                values.put(field.getFullyQualifiedName(), field.getValueAsString());
            }
        }
        return values;
    }

    /** A digest of an object and everything it references, within the budget, cycles cut. */
    private static String fingerprint(COSBase object, ObjectWalk.Budget budget) throws IOException {
        return HexFormat.of().formatHex(DigestAlgorithm.SHA256.digest(
                new ObjectWalk(budget).describe(object).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
