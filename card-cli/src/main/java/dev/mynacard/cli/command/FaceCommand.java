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
import dev.mynacard.cli.face.FaceFiles;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.cli.pin.PinKinds;
import dev.mynacard.cli.view.AuthenticityView;
import dev.mynacard.core.cvc.Authenticity;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.face.CardFace;
import dev.mynacard.core.face.FaceContents;
import dev.mynacard.core.face.FaceReader;
import dev.mynacard.core.face.VerificationNumberARefusedException;
import dev.mynacard.core.text.VerificationNumber;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynacard face [--out DIR] [--pin-b]}: the card's face from the visual AP (birth date, sex,
 * expiry) and whether the issuer signed it; with --out, the photo, the name and address images and
 * a picture of the card face. Opened with the text PIN (the 個人番号 read with it is 照合番号A) or
 * with 照合番号B. The simulator's CA keys are trusted only with --sim.
 */
@Command(name = "face")
public final class FaceCommand implements CliCommand {
    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.face-out")
    Path out;

    @Option(names = "--pin-b", descriptionKey = "option.pin-b")
    boolean verificationB;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        FaceContents contents = verificationB ? readWithB(invocation) : readWithTextPin(invocation);
        CvcKeys keys = invocation.options().simulated() ? CvcKeys.production().withSimulator() : CvcKeys.production();
        Map<String, Path> files = out == null ? Map.of() : FaceFiles.write(out, contents.face());
        return new FaceReport(contents.face(), contents.authenticity(keys), files);
    }

    private static FaceContents readWithTextPin(Invocation invocation) throws IOException, CliException {
        try (Pin pin = invocation.pins().read(PinKind.TEXT);
             OpenCard card = invocation.cards().open()) {
            try {
                return PinFailures.guard(PinKind.TEXT,
                        () -> card.card().face().readWithTextPin(pin, invocation.lastTry()));
            } catch (VerificationNumberARefusedException refused) {
                // The text PIN was right: say which counter the card's answer is about.
                return PinFailures.guard(VerificationNumber.FACE_A, () -> {
                    throw refused.refusal();
                });
            }
        }
    }

    private static FaceContents readWithB(Invocation invocation) throws IOException, CliException {
        try (Pin pin = invocation.pins().read(VerificationNumber.FACE_B)) {
            try {
                FaceReader.checkVerificationB(pin);
            } catch (PinFormatException malformed) {
                throw new CliException(ExitCode.USAGE, "error.verification-b-date", PinKinds.name(VerificationNumber.FACE_B));
            }
            try (OpenCard card = invocation.cards().open()) {
                return PinFailures.guard(VerificationNumber.FACE_B,
                        () -> card.card().face().readWithVerificationB(pin, invocation.lastTry()));
            }
        }
    }

    record FaceReport(CardFace face, Authenticity authenticity, Map<String, Path> files) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode face = Json.object()
                    .put("birthDate", this.face.birthDate().date().toString())
                    .put("birthDateJapanese", this.face.birthDate().wareki())
                    .put("sex", Json.code(this.face.sex()))
                    .put("expiry", this.face.expiry().date().toString())
                    .put("expiryJapanese", this.face.expiry().wareki());
            AuthenticityView.json(face, authenticity);
            ObjectNode written = face.putObject("files");
            files.forEach((id, path) -> written.put(id, path.toString()));
            ObjectNode json = Json.object();
            json.set("face", face);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.field("face.birth-date", face.birthDate().toString());
            out.field("face.sex", out.messages().get("sex." + Json.code(face.sex())));
            out.field("face.expiry", face.expiry().toString());
            AuthenticityView.text(out, authenticity);
            files.values().forEach(path -> out.field("face.file", path.toString()));
        }

        @Override
        public ExitCode exitCode() {
            return authenticity.genuine() ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
        }
    }
}
