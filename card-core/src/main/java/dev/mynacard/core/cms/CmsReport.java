/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import java.util.List;
import java.util.stream.Collectors;

/** The verification of a CMS SignedData: one report per signer. */
public record CmsReport(List<SignerReport> signers) {
    public CmsReport {
        signers = List.copyOf(signers);
    }

    /** True when there is a signer and every signer is valid. */
    public boolean isValid() {
        return !signers.isEmpty() && signers.stream().allMatch(SignerReport::isValid);
    }

    @Override
    public String toString() {
        return (isValid() ? "CMS signature valid" : "CMS signature NOT valid")
                + signers.stream().map(signer -> "\n" + signer).collect(Collectors.joining());
    }
}
