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
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.cli.view.AuthenticityView;
import dev.mynacard.cli.view.HolderView;
import dev.mynacard.core.cvc.Authenticity;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.text.BasicFourFacts;
import dev.mynacard.core.text.IndividualNumber;
import dev.mynacard.core.text.TextApCheck;
import dev.mynacard.core.text.TextApContents;
import java.io.IOException;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynacard info [--show-number] [--check]}: the basic 4 facts and the 個人番号 from the text
 * AP, with the text PIN. The 個人番号 shows only its last 4 digits unless --show-number. With
 * --check, whether the issuer wrote them (the text AP's certificate and integrity record); the
 * simulator's CA keys are trusted only with --sim.
 */
@Command(name = "info")
public final class InfoCommand implements CliCommand {
    @Option(names = "--show-number", descriptionKey = "option.show-number")
    boolean showNumber;

    @Option(names = "--check", descriptionKey = "option.info-check")
    boolean check;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        CvcKeys keys = invocation.options().simulated() ? CvcKeys.production().withSimulator() : CvcKeys.production();
        TextApContents contents;
        Optional<Authenticity> authenticity = Optional.empty();
        try (Pin pin = invocation.pins().read(PinKind.TEXT);
             OpenCard card = invocation.cards().open()) {
            if (check) {
                TextApCheck checked = PinFailures.guard(PinKind.TEXT,
                        () -> card.card().textAp().check(pin, invocation.lastTry(), keys));
                contents = checked.contents();
                authenticity = Optional.of(checked.authenticity());
            } else {
                contents = PinFailures.guard(PinKind.TEXT, () -> card.card().textAp().read(pin, invocation.lastTry()));
            }
        }
        return new InfoReport(contents.facts(), contents.number(), showNumber, authenticity);
    }

    /** @param authenticity with --check, whether the issuer wrote the text AP's data */
    record InfoReport(BasicFourFacts facts, IndividualNumber number, boolean showNumber,
                      Optional<Authenticity> authenticity) implements Report {
        private String shownNumber() {
            return showNumber ? number.digits() : number.masked();
        }

        @Override
        public ObjectNode json() {
            ObjectNode info = HolderView.facts(facts.name(), facts.address(), facts.birthDate(), facts.sex())
                    .put("individualNumber", shownNumber())
                    .put("individualNumberMasked", !showNumber)
                    .put("checkDigitValid", number.checkDigitValid());
            authenticity.ifPresent(checked -> AuthenticityView.json(info.putObject("authenticity"), checked));
            ObjectNode json = Json.object();
            json.set("info", info);
            return json;
        }

        @Override
        public void text(TextOutput out) {
            HolderView.facts(out, facts.name(), facts.address(), facts.birthDate(), facts.sex());
            out.field("info.number", shownNumber());
            if (!showNumber) {
                out.line("info.number-masked");
            }
            if (!number.checkDigitValid()) {
                out.line("info.check-digit-invalid");
            }
            authenticity.ifPresent(checked -> AuthenticityView.text(out, checked));
        }

        @Override
        public ExitCode exitCode() {
            return authenticity.map(Authenticity::genuine).orElse(true) ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
        }
    }
}
