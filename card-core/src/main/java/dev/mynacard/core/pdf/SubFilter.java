/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import java.util.Arrays;
import java.util.Optional;

/** The {@code /SubFilter} of a signature dictionary: how {@code /Contents} encodes the signature. */
public enum SubFilter {
    /** PAdES (ETSI EN 319 142-1): a detached CAdES signature over the byte range. */
    ETSI_CADES_DETACHED("ETSI.CAdES.detached"),
    /** ISO 32000-1's detached PKCS#7, which some receiving systems expect. */
    ADBE_PKCS7_DETACHED("adbe.pkcs7.detached");

    private final String pdfName;

    SubFilter(String pdfName) {
        this.pdfName = pdfName;
    }

    public String pdfName() {
        return pdfName;
    }

    public static Optional<SubFilter> of(String pdfName) {
        return Arrays.stream(values()).filter(subFilter -> subFilter.pdfName.equals(pdfName)).findFirst();
    }
}
