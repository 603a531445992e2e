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
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.cert.ExpiryReport;
import dev.mynacard.core.pin.PinStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code mynacard status}: the card, its PINs and when it and its authentication certificate
 * expire, in one view and without any PIN (the signing certificate needs one: see cert expiry).
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
            CardInfo info = card.cardInfo();
            return new StatusReport(open.source(), card.tokenInfo(), info, pins,
                    new ExpiryView(List.of(new ExpiryView.Entry("auth", auth)), Optional.of(info.expiry(now))));
        }
    }

    record StatusReport(CardSource source, TokenInfo token, CardInfo info, List<PinStatus> pins, ExpiryView expiry)
            implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object();
            json.putObject("card")
                    .put("kind", Json.code(token.kind()))
                    .put("label", token.label())
                    .put("serialNumber", info.serialNumber())
                    .put("municipalityCode", info.municipalityCode())
                    .setAll(source.json());
            json.set("pins", PinStatusView.json(pins));
            json.set("expiry", expiry.json());
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.field("status.card", out.messages().get("card-kind." + Json.code(token.kind()), token.label()));
            out.field("status.where", out.messages().get(source.describe()));
            out.field("status.serial", info.serialNumber());
            out.field("status.municipality", info.municipalityCode());
            out.blank();
            PinStatusView.text(out, pins);
            out.blank();
            expiry.text(out);
            out.line("status.sign-needs-password");
        }
    }
}
