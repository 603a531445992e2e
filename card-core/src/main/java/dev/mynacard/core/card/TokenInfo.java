/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JPKI token information (EF 0006): its first 32 bytes are a space-padded ASCII label.
 *
 * @param label the label without trailing spaces, e.g. {@code JPKIAPICCTOKEN2}
 * @param kind  what the label says the token is
 */
public record TokenInfo(String label, CardKind kind) {
    /** EF 0006 of the JPKI AP. */
    public static final int EF = 0x0006;
    /** The label's length at the start of the EF. */
    public static final int LABEL_LENGTH = 32;

    public TokenInfo {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Parses the start of EF 0006.
     *
     * @throws MalformedCardResponseException when fewer than 32 bytes came or the label holds
     *     anything but printable ASCII
     */
    public static TokenInfo parse(byte[] ef) throws MalformedCardResponseException {
        if (ef.length < LABEL_LENGTH) {
            throw new MalformedCardResponseException("the JPKI token information has " + ef.length
                    + " bytes, less than its " + LABEL_LENGTH + "-byte label");
        }
        int end = LABEL_LENGTH;
        while (end > 0 && ef[end - 1] == ' ') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (ef[i] < 0x20 || ef[i] > 0x7E) {
                throw new MalformedCardResponseException("the JPKI token label is not printable ASCII");
            }
        }
        String label = new String(ef, 0, end, StandardCharsets.US_ASCII);
        return new TokenInfo(label, CardKind.ofLabel(label));
    }
}
