/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.Messages.Text;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.cert.ExpiryReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the certificates and the card expire, with renewal advice (renewal opens 3 months before
 * expiry; docs/protocol.md §7), as text or as JSON.
 *
 * @param certificates the certificates read, by id ({@code auth}, {@code sign})
 * @param card         the card's own expiry
 */
public record ExpiryView(List<Entry> certificates, Optional<ExpiryReport> card) {
    private static final String CARD = "card";

    /** One certificate's expiry. */
    public record Entry(String id, ExpiryReport report) {
    }

    public ExpiryView {
        certificates = List.copyOf(certificates);
    }

    /** {@code {"certificates":[{"id":…,"notAfter":…,"daysLeft":…,"renewable":…,"expired":…}],"card":{…}}}. */
    public ObjectNode json() {
        ObjectNode json = Json.object();
        ArrayNode array = json.putArray("certificates");
        certificates.forEach(entry -> array.add(Json.object().put("id", entry.id()).setAll(json(entry.report()))));
        card.ifPresent(report -> json.set("card", json(report)));
        return json;
    }

    private static ObjectNode json(ExpiryReport report) {
        return Json.object()
                .put("notAfter", Json.instant(report.notAfter()))
                .put("daysLeft", report.daysLeft())
                .put("renewable", report.renewable())
                .put("expired", report.expired());
    }

    /** A row per certificate and the card, then advice for what can be renewed or has expired. */
    public void text(TextOutput out) {
        Messages messages = out.messages();
        List<Entry> all = all();
        for (Entry entry : all) {
            ExpiryReport report = entry.report();
            out.row(messages.get(name(entry.id())), report.lastValidDay().toString(), messages.get(daysLeft(report)));
        }
        out.flushTable();
        for (Entry entry : all) {
            ExpiryReport report = entry.report();
            Text name = name(entry.id());
            String day = report.lastValidDay().toString();
            if (report.expired()) {
                out.line(entry.id().equals(CARD) ? "advice.card-expired" : "advice.certificate-expired", name, day);
            } else if (report.renewable()) {
                out.line(entry.id().equals(CARD) ? "advice.card-renewable" : "advice.certificate-renewable", name, day);
            } else {
                out.line("advice.renewal-opens", name,
                        report.lastValidDay().minus(ExpiryReport.RENEWAL_WINDOW).toString());
            }
        }
        // A foreign resident's card ends with the period of stay: near its end, the validity can be changed instead.
        card.filter(report -> report.renewable() && !report.expired())
                .ifPresent(report -> out.line("advice.resident-card", report.lastValidDay().toString()));
    }

    /** {@link ExitCode#EXPIRED} when anything has expired, else {@link ExitCode#RENEWAL_DUE} when anything can be renewed. */
    public ExitCode exitCode() {
        List<ExpiryReport> reports = all().stream().map(Entry::report).toList();
        if (reports.stream().anyMatch(ExpiryReport::expired)) {
            return ExitCode.EXPIRED;
        }
        return reports.stream().anyMatch(ExpiryReport::renewable) ? ExitCode.RENEWAL_DUE : ExitCode.OK;
    }

    private List<Entry> all() {
        List<Entry> all = new ArrayList<>(certificates);
        card.ifPresent(report -> all.add(new Entry(CARD, report)));
        return all;
    }

    private static Text name(String id) {
        return new Text(id.equals(CARD) ? "card.name" : "cert." + id + ".name");
    }

    private static Text daysLeft(ExpiryReport report) {
        if (report.expired()) {
            return new Text("expiry.expired-days-ago", -report.daysLeft());
        }
        return new Text(report.renewable() ? "expiry.days-left-renewable" : "expiry.days-left", report.daysLeft());
    }
}
