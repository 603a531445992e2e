/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.card.CardSource;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.view.ExpiryView;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TokenInfo;
import dev.mynacard.core.cert.CardInfo;
import dev.mynacard.core.cert.CertificateFlags;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cert.ExpiryReport;
import dev.mynacard.core.pin.PinStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code mynacard status}: the card (or a phone's JPKI), its PINs, whether it has a signing
 * certificate (JPKI EF 0008) and when it and its authentication certificate expire, in one view
 * and without any PIN (the signing certificate's expiry needs one: see cert expiry). A phone's JPKI
 * has no card record, so no serial number, municipality or card expiry.
 */
@Command(name = "status")
public final class StatusCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws IOException {
        Instant now = invocation.io().clock().instant();
        try (OpenCard open = invocation.cards().open()) {
            MyNumberCard card = open.card();
            List<PinStatus> pins = card.pins().statusAll();
            ExpiryReport auth = ExpiryReport.of(card.certificates().read(CertificateSlot.AUTH), now);
            Optional<Boolean> sign = CertificateFlags.readIfPresent(card.session()).map(CertificateFlags::sign);
            Optional<CardInfo> info = card.tokenInfo().kind().isPhone() ? Optional.empty() : Optional.of(card.cardInfo());
            return new StatusReport(open.source(), card.tokenInfo(), info, sign, pins,
                    new ExpiryView(List.of(new ExpiryView.Entry("auth", auth)), info.map(i -> i.expiry(now))));
        }
    }

    /** @param signCertificate whether EF 0008 says the card has a signing certificate; empty without EF 0008 */
    record StatusReport(CardSource source, TokenInfo token, Optional<CardInfo> info, Optional<Boolean> signCertificate,
                        List<PinStatus> pins, ExpiryView expiry) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            ObjectNode card = json.putObject("card")
                    .put("kind", Json.code(token.kind()))
                    .put("label", token.label());
            info.ifPresent(i -> card.put("serialNumber", i.serialNumber()).put("municipalityCode", i.municipalityCode()));
            signCertificate.ifPresent(present -> card.put("signCertificate", present));
            card.setAll(source.json());
            json.set("pins", PinStatusView.json(pins));
            json.set("expiry", expiry.json());
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.field("status.card", out.messages().get("card-kind." + Json.code(token.kind()), token.label()));
            out.field("status.where", out.messages().get(source.describe()));
            info.ifPresent(i -> {
                out.field("status.serial", i.serialNumber());
                out.field("status.municipality", i.municipalityCode());
            });
            signCertificate.ifPresent(present -> out.field("status.sign-certificate",
                    out.messages().get(present ? "status.sign-present" : "no-sign-certificate")));
            out.blank();
            PinStatusView.text(out, pins);
            out.blank();
            expiry.text(out);
        }
    }
}
