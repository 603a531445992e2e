/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.cert.CardCertificates;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.view.ExpiryView;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.cert.CertificateFlags;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cert.ExpiryReport;
import dev.mynacard.core.cert.JpkiCertificate;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code mynacard cert expiry}: when both certificates and the card expire, with renewal advice.
 * The signing certificate is read with the sign password, which is asked only when JPKI EF 0008
 * says the card has one; a card without says so and is no error. Exit code: renewal due, or expired.
 */
@Command(name = "expiry")
public final class CertExpiryCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        Instant now = invocation.io().clock().instant();
        List<ExpiryView.Entry> certificates = new ArrayList<>();
        Optional<ExpiryReport> card;
        boolean signCertificate;
        try (OpenCard open = invocation.cards().open()) {
            MyNumberCard myNumberCard = open.card();
            certificates.add(new ExpiryView.Entry("auth",
                    ExpiryReport.of(myNumberCard.certificates().read(CertificateSlot.AUTH), now)));
            // EF 0008 first: the holder of a card without signing certificate has no password to type.
            signCertificate = CertificateFlags.readIfPresent(myNumberCard.session()).map(CertificateFlags::sign)
                    .orElse(true);
            if (signCertificate) {
                try (Pin password = invocation.pins().read(PinKind.SIGN)) {
                    Optional<JpkiCertificate> sign = CardCertificates.readSign(myNumberCard, password, invocation);
                    sign.ifPresent(c -> certificates.add(new ExpiryView.Entry("sign", ExpiryReport.of(c, now))));
                    signCertificate = sign.isPresent();
                }
            }
            // A phone's JPKI has no card record.
            card = myNumberCard.tokenInfo().kind().isPhone() ? Optional.empty()
                    : Optional.of(myNumberCard.cardInfo().expiry(now));
        }
        return new ExpiryReportView(new ExpiryView(certificates, card), signCertificate);
    }

    /** @param signCertificate false for a card without signing certificate: said, and not an error */
    record ExpiryReportView(ExpiryView view, boolean signCertificate) implements Report {
        @Override
        public ObjectNode json() {
            return view.json().put("signCertificate", signCertificate);
        }

        @Override
        public void text(TextOutput out) {
            view.text(out);
            // A phone's JPKI has no card to register after a move.
            if (view.card().isPresent()) {
                out.line("advice.moved");
            }
            out.line(signCertificate ? "advice.sign-lapses" : "no-sign-certificate");
        }

        @Override
        public ExitCode exitCode() {
            return view.exitCode();
        }
    }
}
