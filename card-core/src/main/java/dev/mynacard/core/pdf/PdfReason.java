/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.trust.Check;

/** The reasons the PDF checks give, with their English patterns. */
public enum PdfReason implements Check.Reason {
    FIELD_FOUND("pdf.field-found", "field \"{0}\" of the AcroForm"),
    FIELD_OUTSIDE_ACROFORM("pdf.field-outside-acroform", "a signature dictionary that no signature field of the"
            + " AcroForm holds: a viewer does not show it"),
    FIELD_NAME_DUPLICATE("pdf.field-name-duplicate", "the field name \"{0}\" is used by {1} signature fields"),
    SUB_FILTER_ACCEPTED("pdf.sub-filter-accepted", "{0}"),
    SUB_FILTER_REFUSED("pdf.sub-filter-refused", "\"{0}\" is not accepted: only ETSI.CAdES.detached or"
            + " adbe.pkcs7.detached"),
    BYTE_RANGE_WELL_FORMED("pdf.byte-range-well-formed", "[0 {0} {1} {2}]: from the start of the file, all but"
            + " the /Contents string"),
    BYTE_RANGE_MALFORMED("pdf.byte-range-malformed", "not four non-negative integers"),
    BYTE_RANGE_NOT_AT_START("pdf.byte-range-not-at-start", "starts at byte {0}, not at the start of the file"),
    BYTE_RANGE_OUTSIDE_FILE("pdf.byte-range-outside-file", "reaches byte {0}, beyond the end of the file ({1}"
            + " bytes)"),
    BYTE_RANGE_GAP_NOT_CONTENTS("pdf.byte-range-gap-not-contents", "the bytes it leaves out ({0} to {1}) are not"
            + " exactly the signature''s /Contents string"),
    CONTENTS_CMS("pdf.contents-cms", "a CMS SignedData of {0} bytes"),
    CONTENTS_NOT_CMS("pdf.contents-not-cms", "not a CMS signature: {0}"),
    CONTENTS_TRAILING_DATA("pdf.contents-trailing-data", "data other than zero padding after the CMS"),
    COVERAGE_WHOLE_FILE("pdf.coverage-whole-file", "covers the whole file ({0} bytes)"),
    COVERAGE_REVISION("pdf.coverage-revision", "covers the revision ending at byte {0}; {1} bytes of later"
            + " revisions follow"),
    COVERAGE_NOT_REVISION("pdf.coverage-not-revision", "the signed bytes end at byte {0}, which does not end a"
            + " revision (%%EOF)"),
    CHANGES_NONE("pdf.changes-none", "no later revision"),
    CHANGES_SIGNATURES_ONLY("pdf.changes-signatures-only", "later revisions add signatures and change no page,"
            + " annotation or form value"),
    CHANGES_FOUND("pdf.changes-found", "later revisions change what was signed: {0}"),
    CHANGES_UNREADABLE("pdf.changes-unreadable", "the signed revision cannot be read to compare it"),
    CHANGES_TOO_LARGE("pdf.changes-too-large", "not compared: more than {0} PDF objects"),
    CHANGES_TOO_MANY_PAGES("pdf.changes-too-many-pages", "not compared: more than {0} pages"),
    CHANGE_PAGE_COUNT("pdf.change-page-count", "{0} pages instead of {1}"),
    CHANGE_PAGE_CONTENT("pdf.change-page-content", "content of page {0}"),
    CHANGE_PAGE_RESOURCES("pdf.change-page-resources", "resources (fonts, images) of page {0}"),
    CHANGE_ANNOTATIONS("pdf.change-annotations", "annotations of page {0}"),
    CHANGE_FORM_VALUE("pdf.change-form-value", "value of form field \"{0}\""),
    SIGNED_TO_END("pdf.signed-to-end", "the last signature covers the whole file"),
    UNSIGNED_TAIL("pdf.unsigned-tail", "{0} bytes after the last signed revision are not signed: modified after"
            + " signing"),
    NO_SIGNATURE("pdf.no-signature", "the PDF has no signature");

    private final String key;
    private final String englishPattern;

    PdfReason(String key, String englishPattern) {
        this.key = key;
        this.englishPattern = englishPattern;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishPattern() {
        return englishPattern;
    }
}
