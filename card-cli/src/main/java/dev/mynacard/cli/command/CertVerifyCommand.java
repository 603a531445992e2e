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
import dev.mynacard.cli.cert.CertificateSlots;
import dev.mynacard.cli.option.InstantConverter;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.trust.TrustRoots;
import dev.mynacard.cli.view.ValidationView;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cert.JpkiCertificate;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.trust.CertificateFiles;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.ValidationReport;
import dev.mynacard.core.trust.ValidationRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mynacard cert verify auth|sign [--at INSTANT] [--crl FILE] [--trust-root FILE]...}:
 * validates a holder certificate against the pinned J-LIS roots (and roots the user adds, once with
 * {@code mynacard trust add} or here with --trust-root). The
 * simulated card's roots are trusted only for --sim, never for a card in a reader.
 */
@Command(name = "verify")
public final class CertVerifyCommand implements CliCommand {
    @Parameters(index = "0", paramLabel = "auth|sign", converter = CertificateSlots.HolderSlot.class,
            descriptionKey = "param.holder-cert")
    CertificateSlot slot;

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class, descriptionKey = "option.at")
    Instant at;

    @Option(names = "--crl", paramLabel = "FILE", descriptionKey = "option.crl")
    Path crl;

    @Option(names = "--trust-root", paramLabel = "FILE", descriptionKey = "option.trust-root")
    List<Path> trustRoots = new ArrayList<>();

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        // Files first: a bad file stops the command before a PIN is asked or the card is touched.
        TrustAnchors anchors = TrustRoots.anchors(invocation, trustRoots);
        X509CRL list = crl == null ? null : CertificateFiles.readCrl(crl);

        JpkiCertificate certificate;
        JpkiCertificate root;
        Pin pin = CardCertificates.pinFor(slot, invocation);
        try (pin; OpenCard card = invocation.cards().open()) {
            certificate = CardCertificates.read(card.card(), slot, pin, invocation);
            root = card.card().certificates().read(slot == CertificateSlot.AUTH
                    ? CertificateSlot.AUTH_CA : CertificateSlot.SIGN_CA);
        }
        ValidationRequest request = ValidationRequest.of(certificate.x509(), slot.purpose()).withRoot(root.x509());
        if (at != null) {
            request = request.asOf(at);
        }
        if (list != null) {
            request = request.withCrl(list);
        }
        return new VerifyReport(slot, new CertificateValidator(anchors, invocation.io().clock()).validate(request));
    }

    record VerifyReport(CertificateSlot slot, ValidationReport report) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("validation").put("id", CertificateSlots.id(slot)).setAll(ValidationView.json(report));
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line(report.isValid() ? "cert-verify.valid" : "cert-verify.invalid", CertificateSlots.name(slot));
            ValidationView.text(out, report);
        }

        @Override
        public ExitCode exitCode() {
            return report.isValid() ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
        }
    }
}
