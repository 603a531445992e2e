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
import dev.mynacard.cli.file.InputFile;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.Messages.Text;
import dev.mynacard.cli.trust.TrustRoots;
import dev.mynacard.cli.view.CmsView;
import dev.mynacard.cli.view.PdfView;
import dev.mynacard.core.cms.CmsFormatException;
import dev.mynacard.core.cms.CmsReport;
import dev.mynacard.core.cms.CmsVerifier;
import dev.mynacard.core.pdf.PdfFormatException;
import dev.mynacard.core.pdf.PdfReport;
import dev.mynacard.core.pdf.PdfVerifier;
import dev.mynacard.core.trust.CertificateFileException;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.TrustAnchors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mynacard verify SIGNATURE [--content FILE] [--allow-auth-key] [--trust-root FILE]...}: verifies
 * a CMS signature (DER or PEM), attached or, with --content, detached. No card is needed. Signers are
 * validated against the pinned J-LIS roots, the roots added with {@code mynacard trust add} and
 * --trust-root; with --sim also against the simulated card's. A signature made
 * with the authentication key ({@code mynacard sign --key auth}) is valid only with --allow-auth-key.
 * A PDF (recognised by its header) has each of its signatures verified, in revision order.
 */
@Command(name = "verify")
public final class VerifyCommand implements CliCommand {
    /** Signatures are small; a larger file is not one. */
    static final int MAX_SIGNATURE_BYTES = 1024 * 1024;
    /** Content is held in memory to be hashed. */
    static final int MAX_CONTENT_BYTES = 512 * 1024 * 1024;
    private static final String PEM_BEGIN = "-----BEGIN ";

    @Parameters(index = "0", paramLabel = "SIGNATURE", descriptionKey = "param.signature")
    Path signature;

    @Option(names = "--content", paramLabel = "FILE", descriptionKey = "option.content")
    Path content;

    @Option(names = "--allow-auth-key", descriptionKey = "option.allow-auth-key")
    boolean allowAuthKey;

    @Option(names = "--trust-root", paramLabel = "FILE", descriptionKey = "option.trust-root")
    List<Path> trustRoots = new ArrayList<>();

    @Override
    public Report run(Invocation invocation) throws CliException, CmsFormatException, CertificateFileException,
            PdfFormatException {
        byte[] file = InputFile.read(signature, MAX_CONTENT_BYTES);
        TrustAnchors anchors = TrustRoots.anchors(invocation, trustRoots);
        CmsVerifier verifier = new CmsVerifier(new CertificateValidator(anchors, invocation.io().clock()));
        if (allowAuthKey) {
            verifier = verifier.allowingAuthenticationKey();
        }
        if (content == null && PdfVerifier.isPdf(file)) {
            return VerifyReport.of(new PdfVerifier(verifier).verify(file));
        }
        if (file.length > MAX_SIGNATURE_BYTES) {
            throw new CliException(ExitCode.FILE_ERROR, "error.file",
                    new Text("file.too-large", signature.toString(), MAX_SIGNATURE_BYTES));
        }
        byte[] cms = fromPem(file);
        CmsReport report = content == null
                ? verifier.verifyAttached(cms)
                : verifier.verifyDetached(cms, InputFile.read(content, MAX_CONTENT_BYTES));
        return VerifyReport.of(report);
    }

    /** The DER inside a PEM block ({@code -----BEGIN CMS-----} or PKCS7), or the bytes as they are. */
    private byte[] fromPem(byte[] bytes) throws CliException {
        String text = new String(bytes, StandardCharsets.US_ASCII).strip();
        if (!text.startsWith(PEM_BEGIN)) {
            return bytes;
        }
        String body = text.lines().filter(line -> !line.startsWith("-----")).reduce("", String::concat);
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.FILE_ERROR, e, "error.cms-format", signature + ": bad PEM base64");
        }
    }

    /**
     * A verdict of either kind: its JSON under "verification", its text, and exit 3 when not valid.
     * The JSON is made only when asked for (the text path loads no Jackson).
     */
    record VerifyReport(Supplier<ObjectNode> verification, Consumer<TextOutput> text, boolean valid)
            implements Report {
        static VerifyReport of(PdfReport report) {
            return new VerifyReport(() -> PdfView.json(report), out -> PdfView.text(out, report), report.isValid());
        }

        static VerifyReport of(CmsReport report) {
            return new VerifyReport(() -> CmsView.json(report), out -> CmsView.text(out, report), report.isValid());
        }

        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.set("verification", verification.get());
            return json;
        }

        @Override
        public void text(TextOutput out) {
            text.accept(out);
        }

        @Override
        public ExitCode exitCode() {
            return valid ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
        }
    }
}
