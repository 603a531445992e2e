/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.cert;

import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cert.JpkiCertificate;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import java.util.Optional;

/** Reads a certificate from the card, with the sign password where the slot needs it. */
public final class CardCertificates {
    private CardCertificates() {
    }

    /**
     * Reads the PIN a slot needs, before the card is opened: a malformed one then costs nothing.
     *
     * @return the sign password for the SIGN slot, else {@code null} (try-with-resources skips it)
     */
    public static Pin pinFor(CertificateSlot slot, Invocation invocation) throws CliException {
        Optional<PinKind> needed = slot.requiredPin();
        return needed.isPresent() ? invocation.pins().read(needed.get()) : null;
    }

    /**
     * The certificate in {@code slot}.
     *
     * @param pin the PIN {@link #pinFor} read
     * @throws CliException {@link ExitCode#NO_SIGN_CERTIFICATE} for the SIGN slot of a card without one
     */
    public static JpkiCertificate read(MyNumberCard card, CertificateSlot slot, Pin pin, Invocation invocation)
            throws IOException, CliException {
        if (slot != CertificateSlot.SIGN) {
            return card.certificates().read(slot);
        }
        return readSign(card, pin, invocation).orElseThrow(
                () -> new CliException(ExitCode.NO_SIGN_CERTIFICATE, "no-sign-certificate"));
    }

    /** The signing certificate; empty when the card has none (holders under 15). */
    public static Optional<JpkiCertificate> readSign(MyNumberCard card, Pin password, Invocation invocation)
            throws IOException, CliException {
        return PinFailures.guard(PinKind.SIGN, () -> card.certificates().readSign(password, invocation.lastTry()));
    }
}
