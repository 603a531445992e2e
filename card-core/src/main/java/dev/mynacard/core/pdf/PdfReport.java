/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.trust.Check;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The verification of a signed PDF: its signatures in revision order, and the checks of the file
 * as a whole (whether the last signature covers it).
 */
public record PdfReport(long fileBytes, List<PdfSignatureReport> signatures, List<Check> checks) {
    public PdfReport {
        signatures = List.copyOf(signatures);
        checks = List.copyOf(checks);
    }

    /** There is a signature, every signature is valid and nothing was added after the last one. */
    public boolean isValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(PdfSignatureReport::isValid)
                && checks.stream().noneMatch(Check::failed);
    }

    @Override
    public String toString() {
        return (isValid() ? "PDF signatures valid" : "PDF signatures NOT valid")
                + checks.stream().map(check -> "\n" + check).collect(Collectors.joining())
                + signatures.stream().map(signature -> "\n" + signature).collect(Collectors.joining());
    }
}
