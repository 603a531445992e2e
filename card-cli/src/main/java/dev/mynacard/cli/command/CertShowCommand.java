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
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.cert.CardCertificates;
import dev.mynacard.cli.cert.CertificateSlots;
import dev.mynacard.cli.file.OutputFile;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.view.CertificateView;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cert.HolderInfo;
import dev.mynacard.core.cert.JpkiCertificate;
import dev.mynacard.core.pin.Pin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mynacard cert show SLOT [--format text|pem|der] [--out FILE]}: a certificate from the
 * card; the signing certificate (which holds the holder's name, address, birth date and sex)
 * needs the sign password. A card without signing certificate is reported as such (nothing is
 * written) with exit code {@link ExitCode#NO_SIGN_CERTIFICATE}.
 */
@Command(name = "show")
public final class CertShowCommand implements CliCommand {
    /** How the certificate is shown or written. */
    enum Format {
        TEXT,
        PEM,
        DER
    }

    @Parameters(index = "0", paramLabel = "auth|sign|auth-ca|sign-ca", converter = CertificateSlots.AnySlot.class,
            descriptionKey = "param.cert-slot")
    CertificateSlot slot;

    @Option(names = "--format", paramLabel = "text|pem|der", converter = FormatConverter.class,
            descriptionKey = "option.cert-format")
    Format format = Format.TEXT;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        JpkiCertificate certificate;
        Pin pin = CardCertificates.pinFor(slot, invocation);
        try (pin; OpenCard card = invocation.cards().open()) {
            if (slot == CertificateSlot.SIGN) {
                Optional<JpkiCertificate> sign = CardCertificates.readSign(card.card(), pin, invocation);
                if (sign.isEmpty()) {
                    return new NoSignCertificateReport();
                }
                certificate = sign.get();
            } else {
                certificate = card.card().certificates().read(slot);
            }
        }
        ShowReport report = new ShowReport(slot, certificate, holder(certificate), format, Optional.ofNullable(out));
        if (out != null) {
            OutputFile.save(out, report.content(invocation.messages()));
        }
        return report;
    }

    private Optional<HolderInfo> holder(JpkiCertificate certificate) throws CliException {
        if (slot != CertificateSlot.SIGN) {
            return Optional.empty();
        }
        try {
            return Optional.of(certificate.holder());
        } catch (CertificateException e) {
            throw new CliException(ExitCode.CARD_ERROR, e, "error.holder", e.getMessage());
        }
    }

    record ShowReport(CertificateSlot slot, JpkiCertificate certificate, Optional<HolderInfo> holder, Format format,
                      Optional<Path> out) implements Report {
        /** What --out receives. */
        byte[] content(Messages messages) {
            return switch (format) {
                case TEXT -> TextOutput.render(messages, this::summary).getBytes(StandardCharsets.UTF_8);
                case PEM -> CertificateView.pem(certificate).getBytes(StandardCharsets.US_ASCII);
                case DER -> certificate.encoded();
            };
        }

        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("certificate").put("id", CertificateSlots.id(slot))
                    .setAll(CertificateView.json(certificate, holder));
            out.ifPresent(file -> json.put("out", file.toString()).put("format", Json.code(format)));
            return json;
        }

        @Override
        public void text(TextOutput text) {
            if (out.isPresent()) {
                text.line("cert-show.written", CertificateSlots.name(slot), out.get().toString(), Json.code(format));
                return;
            }
            switch (format) {
                case TEXT -> summary(text);
                case PEM -> text.bytes(CertificateView.pem(certificate).getBytes(StandardCharsets.US_ASCII));
                case DER -> text.bytes(certificate.encoded());
            }
        }

        private void summary(TextOutput text) {
            text.line("cert-show.title", CertificateSlots.name(slot));
            CertificateView.text(text, certificate, holder);
        }
    }

    /** {@code {"certificate":{"id":"sign","present":false}}}, exit code 22. */
    record NoSignCertificateReport() implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("certificate").put("id", CertificateSlots.id(CertificateSlot.SIGN)).put("present", false);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line("no-sign-certificate");
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.NO_SIGN_CERTIFICATE;
        }
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of text, pem, der");
            }
        }
    }
}
