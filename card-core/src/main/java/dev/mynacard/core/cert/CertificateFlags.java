/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import dev.mynacard.apdu.NotFoundException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.MynaApplication;
import java.io.IOException;
import java.util.Optional;

/**
 * Which holder certificates the JPKI application has, from its EF 0008 (free to read):
 * {@code 8F 8F 00} with both, {@code 8F 00 00} without the signing certificate (holders under 15;
 * docs/protocol.md §2). A first or second byte other than {@code 8F} means that certificate is absent.
 */
public record CertificateFlags(boolean auth, boolean sign) {
    public static final int EF = 0x0008;
    private static final int LENGTH = 3;
    private static final byte PRESENT = (byte) 0x8F;

    /** Reads EF 0008 (one READ BINARY by short EF identifier when the JPKI AP is selected). */
    public static CertificateFlags read(CardSession session) throws IOException {
        return session.exclusive(() -> parse(session.readEf(MynaApplication.JPKI, EF, LENGTH)));
    }

    /** Reads EF 0008 like {@link #read}; empty when the token has no such EF (6A82). */
    public static Optional<CertificateFlags> readIfPresent(CardSession session) throws IOException {
        try {
            return Optional.of(read(session));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /** Parses the start of EF 0008; bytes after the third are ignored. */
    public static CertificateFlags parse(byte[] ef) throws MalformedCardResponseException {
        if (ef.length < LENGTH) {
            throw new MalformedCardResponseException("the JPKI certificate flags (EF 0008) have " + ef.length
                    + " bytes, not " + LENGTH);
        }
        return new CertificateFlags(ef[0] == PRESENT, ef[1] == PRESENT);
    }
}
