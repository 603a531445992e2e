/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.sim.issue.CardVariant;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.HolderProfile;
import dev.mynacard.sim.issue.Issuer;
import dev.mynacard.sim.issue.TokenKind;
import dev.mynacard.sim.issue.VerifiedPinQuery;
import dev.mynacard.sim.state.CardStateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mynacard sim init [--atr HEX] [--verified-empty 9000|63cx] [--token card|android|iphone]
 * [--no-sign-certificate]}: a fresh default card in the state file, replacing whatever was there,
 * optionally in one of the variants real cards show.
 */
@Command(name = "init")
public final class SimInitCommand implements CliCommand {
    @Option(names = "--atr", paramLabel = "HEX", converter = AtrConverter.class, descriptionKey = "option.sim-atr")
    String atr;

    @Option(names = "--verified-empty", paramLabel = "9000|63cx", converter = VerifiedQueryConverter.class,
            descriptionKey = "option.sim-verified-empty")
    VerifiedPinQuery verifiedEmpty = VerifiedPinQuery.ANSWERS_9000;

    @Option(names = "--token", paramLabel = "card|android|iphone", converter = TokenConverter.class,
            descriptionKey = "option.sim-token")
    TokenKind token = TokenKind.CARD;

    @Option(names = "--no-sign-certificate", descriptionKey = "option.sim-no-sign-certificate")
    boolean noSignCertificate;

    @Override
    public Report run(Invocation invocation) throws IOException {
        Path state = invocation.cards().simulatorState();
        boolean replaced = Files.exists(state);
        CardVariant variant = CardVariant.DEFAULT.withVerifiedQuery(verifiedEmpty).withToken(token);
        if (atr != null) {
            variant = variant.withAtr(atr);
        }
        HolderProfile profile = DefaultCard.profile().toBuilder()
                .variant(variant)
                .signCertificate(!noSignCertificate)
                .build();
        CardStateFile.save(state, Issuer.standard().issue(profile).image());
        return new InitReport(state, replaced, profile);
    }

    record InitReport(Path state, boolean replaced, HolderProfile profile) implements Report {
        @Override
        public ObjectNode json() {
            CardVariant variant = profile.variant();
            ObjectNode json = Json.object();
            ObjectNode sim = json.putObject("sim").put("stateFile", state.toString()).put("replaced", replaced);
            variant.atr().ifPresent(hex -> sim.put("atr", hex));
            sim.put("verifiedEmpty", variant.verifiedQuery().optionName())
                    .put("token", variant.token().optionName())
                    .put("signCertificate", profile.signCertificate());
            return json;
        }

        @Override
        public void text(TextOutput out) {
            CardVariant variant = profile.variant();
            out.line(replaced ? "sim-init.replaced" : "sim-init.created", state.toString());
            out.line("sim.default-card");
            variant.atr().ifPresent(hex -> out.line("sim-init.atr", hex));
            if (variant.verifiedQuery() != CardVariant.DEFAULT.verifiedQuery()) {
                out.line("sim-init.verified-empty", variant.verifiedQuery().optionName());
            }
            if (variant.token() != CardVariant.DEFAULT.token()) {
                out.line("sim-init.token", variant.token().label());
            }
            if (!profile.signCertificate()) {
                out.line("sim-init.no-sign-certificate");
            }
        }
    }

    /** Checks the ATR when the command line is parsed: hex, TS 3B or 3F, 2–33 bytes. */
    static final class AtrConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return CardVariant.DEFAULT.withAtr(value).atr().orElseThrow();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }

    static final class VerifiedQueryConverter implements ITypeConverter<VerifiedPinQuery> {
        @Override
        public VerifiedPinQuery convert(String value) {
            return VerifiedPinQuery.ofOptionName(value)
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of 9000, 63cx"));
        }
    }

    static final class TokenConverter implements ITypeConverter<TokenKind> {
        @Override
        public TokenKind convert(String value) {
            return TokenKind.ofOptionName(value)
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of card, android, iphone"));
        }
    }
}
