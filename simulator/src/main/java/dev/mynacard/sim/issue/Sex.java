/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

/**
 * The holder's sex. The card writes it with two different code lists: the signing certificate's
 * subjectAltName (OID 1.2.392.200149.8.5.5.3) uses 1 male, 2 female, 3 unknown, while the text AP's
 * basic-4 record (EF 0002, DF25) uses the ISO/IEC 5218 style 1, 2 and 9 ("not applicable").
 */
public enum Sex {
    MALE("1", "1"),
    FEMALE("2", "2"),
    UNKNOWN("3", "9");

    private final String certificateCode;
    private final String basicFourCode;

    Sex(String certificateCode, String basicFourCode) {
        this.certificateCode = certificateCode;
        this.basicFourCode = basicFourCode;
    }

    /** The code in the signing certificate's subjectAltName: "1", "2" or "3". */
    public String certificateCode() {
        return certificateCode;
    }

    /** The code in the text AP's basic-4 record: "1", "2" or "9". */
    public String basicFourCode() {
        return basicFourCode;
    }
}
