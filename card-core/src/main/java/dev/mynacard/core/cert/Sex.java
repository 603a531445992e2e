/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.util.Arrays;
import java.util.Optional;

/**
 * The holder's sex. The card uses two code lists: the signing certificate's subjectAltName says
 * 1 male, 2 female, 3 unknown; the text AP's basic 4 facts say 1, 2 and 9 (not applicable).
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

    public String certificateCode() {
        return certificateCode;
    }

    public String basicFourCode() {
        return basicFourCode;
    }

    public static Optional<Sex> ofCertificateCode(String code) {
        return Arrays.stream(values()).filter(s -> s.certificateCode.equals(code)).findFirst();
    }

    public static Optional<Sex> ofBasicFourCode(String code) {
        return Arrays.stream(values()).filter(s -> s.basicFourCode.equals(code)).findFirst();
    }
}
