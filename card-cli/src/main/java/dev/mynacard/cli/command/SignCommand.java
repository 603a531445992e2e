/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
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
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mynacard sign FILE [--key sign|auth] [--attached] [--out FILE]}: a CMS signature made by
 * the card, with the signing key (署名用電子証明書) unless --key auth, SHA-256, detached unless
 * --attached, written atomically to FILE.p7s or --out.
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

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        byte[] content = InputFile.read(file, VerifyCommand.MAX_CONTENT_BYTES);
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
