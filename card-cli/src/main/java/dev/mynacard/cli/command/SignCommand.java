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
import dev.mynacard.cli.Messages.Text;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.file.InputFile;
import dev.mynacard.cli.file.OutputFile;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.core.cms.CmsSigner;
import dev.mynacard.core.pdf.PdfFormatException;
import dev.mynacard.core.pdf.PdfSigner;
import dev.mynacard.core.pdf.PdfVerifier;
import dev.mynacard.core.pdf.SubFilter;
import dev.mynacard.core.pdf.VisibleSignature;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mynacard sign FILE [--key sign|auth] [--attached] [--out FILE] [--format cms|pdf]
 * [--subfilter NAME]}: a CMS signature made by the card, with the signing key (署名用電子証明書)
 * unless --key auth, SHA-256, detached unless --attached, written atomically to FILE.p7s or --out.
 * A PDF (by its header, or --format pdf) gets a PAdES signature in a new revision instead, written
 * to NAME-signed.pdf or --out.
 */
@Command(name = "sign")
public final class SignCommand implements CliCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.sign-file")
    Path file;

    @Option(names = "--key", paramLabel = "sign|auth", converter = KeyConverter.class, descriptionKey = "option.key")
    SigningKey key = SigningKey.SIGN;

    @Option(names = "--attached", descriptionKey = "option.attached")
    boolean attached;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.sign-out")
    Path out;

    @Option(names = "--format", paramLabel = "cms|pdf", converter = FormatConverter.class,
            descriptionKey = "option.sign-format")
    SignedFormat format;

    @Option(names = "--subfilter", paramLabel = "NAME", converter = SubFilterConverter.class,
            descriptionKey = "option.subfilter")
    SubFilter subFilter = SubFilter.ETSI_CADES_DETACHED;

    @Option(names = "--visible", paramLabel = "PAGE:X,Y,W,H", converter = PlacementConverter.class,
            descriptionKey = "option.visible")
    Placement visible;

    @Option(names = "--font", paramLabel = "FILE", descriptionKey = "option.font")
    Path font;

    /** Fonts with Japanese glyphs that Debian, Ubuntu and Fedora install, tried in this order when --font is not given. */
    static final List<Path> JAPANESE_FONTS = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
            Path.of("/usr/share/fonts/google-noto-sans-cjk-vf-fonts/NotoSansCJK-VF.ttc"));

    /** Where {@code --visible} puts the signature: page from 1, rectangle in points from the bottom left. */
    record Placement(int page, float x, float y, float width, float height) {
    }

    /** What {@code sign} makes: a CMS signature file or a signed PDF. */
    enum SignedFormat { CMS, PDF }

    @Override
    public Report run(Invocation invocation) throws IOException, CliException, PdfFormatException {
        byte[] content = InputFile.read(file, VerifyCommand.MAX_CONTENT_BYTES);
        SignedFormat chosen = format != null ? format : PdfVerifier.isPdf(content) ? SignedFormat.PDF : SignedFormat.CMS;
        if (chosen == SignedFormat.PDF) {
            return signPdf(invocation, content);
        }
        Path target = out != null ? out : Path.of(file + ".p7s");
        byte[] signature;
        try (Pin pin = invocation.pins().read(key.pin());
             OpenCard card = invocation.cards().open()) {
            card.announceSignature(invocation.output(), invocation.io().stderrIsTerminal());
            CmsSigner signer = new CmsSigner(card.card()).withKey(key).withLastTry(invocation.lastTry())
                    .withClock(invocation.io().clock());
            signature = PinFailures.guard(key.pin(),
                    () -> attached ? signer.signAttached(content, pin) : signer.signDetached(content, pin));
        }
        OutputFile.save(target, signature);
        return new SignReport(file, target, key, attached, signature.length);
    }

    /** The PDF with the card's signature in a new revision, to {@code NAME-signed.pdf} or --out; the input stays as it was. */
    private Report signPdf(Invocation invocation, byte[] pdf) throws IOException, CliException, PdfFormatException {
        Path target = out != null ? out : signedPdfName(file);
        Optional<VisibleSignature> appearance = visibleSignature(PdfSigner.pages(pdf));
        byte[] signed;
        try (Pin pin = invocation.pins().read(key.pin());
             OpenCard card = invocation.cards().open()) {
            card.announceSignature(invocation.output(), invocation.io().stderrIsTerminal());
            PdfSigner plain = new PdfSigner(card.card()).withKey(key).withLastTry(invocation.lastTry())
                    .withClock(invocation.io().clock()).withSubFilter(subFilter);
            PdfSigner signer = appearance.map(plain::withVisibleSignature).orElse(plain);
            signed = PinFailures.guard(key.pin(), () -> signReadable(signer, pdf, pin));
        }
        OutputFile.save(target, signed);
        return new PdfSignReport(file, target, key, subFilter, signed.length);
    }

    /** The placement checked against the PDF's {@code pages}, and a font found, before the card is asked for anything. */
    private Optional<VisibleSignature> visibleSignature(int pages) throws CliException {
        if (visible == null) {
            return Optional.empty();
        }
        if (visible.page() > pages) {
            throw new CliException(ExitCode.USAGE, "error.no-such-page", visible.page(), pages);
        }
        Path typeface = font != null ? font : JAPANESE_FONTS.stream().filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "error.no-font"));
        return Optional.of(new VisibleSignature(visible.page(), visible.x(), visible.y(), visible.width(),
                visible.height(), typeface));
    }

    private static byte[] signReadable(PdfSigner signer, byte[] pdf, Pin pin) throws IOException {
        try {
            return signer.sign(pdf, pin);
        } catch (PdfFormatException e) {
            throw new IllegalStateException("PDFBox read the PDF before the PIN was asked for", e);
        }
    }

    static Path signedPdfName(Path file) {
        String name = file.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(stem + "-signed.pdf");
    }

    record PdfSignReport(Path file, Path out, SigningKey key, SubFilter subFilter, int bytes) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("signature")
                    .put("file", file.toString())
                    .put("out", out.toString())
                    .put("key", Json.code(key))
                    .put("format", "pdf")
                    .put("subFilter", subFilter.pdfName())
                    .put("bytes", bytes);
            return json;
        }

        @Override
        public void text(TextOutput text) {
            text.line("sign.done-pdf", file.toString(), new Text("cert." + Json.code(key) + ".name"), out.toString(),
                    bytes);
            text.line("sign.verify-hint-pdf", out.toString(), key == SigningKey.AUTH ? " --allow-auth-key" : "");
        }
    }

    record SignReport(Path file, Path out, SigningKey key, boolean attached, int bytes) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("signature")
                    .put("file", file.toString())
                    .put("out", out.toString())
                    .put("key", Json.code(key))
                    .put("attached", attached)
                    .put("bytes", bytes);
            return json;
        }

        @Override
        public void text(TextOutput text) {
            text.line(attached ? "sign.done-attached" : "sign.done-detached", file.toString(),
                    new Text("cert." + Json.code(key) + ".name"), out.toString(), bytes);
            // A signature by the authentication key is a document signature only when allowed.
            String allowance = key == SigningKey.AUTH ? " --allow-auth-key" : "";
            if (attached) {
                text.line("sign.verify-hint-attached", out.toString(), allowance);
            } else {
                text.line("sign.verify-hint-detached", out.toString(), file.toString(), allowance);
            }
        }
    }

    static final class FormatConverter implements ITypeConverter<SignedFormat> {
        @Override
        public SignedFormat convert(String value) {
            try {
                return SignedFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not cms or pdf");
            }
        }
    }

    static final class SubFilterConverter implements ITypeConverter<SubFilter> {
        @Override
        public SubFilter convert(String value) {
            return SubFilter.of(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not ETSI.CAdES.detached or adbe.pkcs7.detached"));
        }
    }

    static final class PlacementConverter implements ITypeConverter<Placement> {
        private static final Pattern FORM = Pattern.compile(
                "(\\d{1,5}):(\\d{1,5}(?:\\.\\d+)?),(\\d{1,5}(?:\\.\\d+)?),(\\d{1,5}(?:\\.\\d+)?),(\\d{1,5}(?:\\.\\d+)?)");

        @Override
        public Placement convert(String value) {
            Matcher match = FORM.matcher(value);
            if (!match.matches() || Integer.parseInt(match.group(1)) < 1 || Float.parseFloat(match.group(4)) == 0
                    || Float.parseFloat(match.group(5)) == 0) {
                throw new TypeConversionException("'" + value + "' is not PAGE:X,Y,W,H (page from 1, points,"
                        + " width and height above 0)");
            }
            return new Placement(Integer.parseInt(match.group(1)), Float.parseFloat(match.group(2)),
                    Float.parseFloat(match.group(3)), Float.parseFloat(match.group(4)), Float.parseFloat(match.group(5)));
        }
    }

    static final class KeyConverter implements ITypeConverter<SigningKey> {
        @Override
        public SigningKey convert(String value) {
            try {
                return SigningKey.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not sign or auth");
            }
        }
    }
}
