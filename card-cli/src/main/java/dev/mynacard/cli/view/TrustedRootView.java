/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.trust.RootValidity;
import dev.mynacard.core.trust.TrustedRoot;
import java.util.List;

/** A trusted root: what it is for, its generation and validity, whether pinned or added, its SHA-256. */
public final class TrustedRootView {
    private TrustedRootView() {
    }

    /**
     * {@code {"sha256":…,"label":…,"source":"pinned"|"added","purpose":"auth"|"sign"|null,
     * "generation":2|null,"validFrom":"2019-09-14"|null,"validUntil":…,"subject":…}} (subject when
     * the certificate is at hand).
     */
    public static ObjectNode json(TrustedRoot root) {
        ObjectNode json = Json.object()
                .put("sha256", root.fingerprint().hex())
                .put("label", root.label())
                .put("source", source(root));
        root.purpose().ifPresentOrElse(purpose -> json.put("purpose", id(purpose)), () -> json.putNull("purpose"));
        if (root.generation().isPresent()) {
            json.put("generation", root.generation().getAsInt());
        } else {
            json.putNull("generation");
        }
        json.put("validFrom", root.validity().map(v -> v.from().toString()).orElse(null));
        json.put("validUntil", root.validity().map(v -> v.until().toString()).orElse(null));
        root.certificate().ifPresent(c -> json.put("subject", c.getSubjectX500Principal().getName()));
        return json;
    }

    /** One row per root: purpose, generation, validity, pinned or added, SHA-256. */
    public static void table(TextOutput out, List<TrustedRoot> roots) {
        Messages messages = out.messages();
        out.row(messages.get("trust.header.purpose"), messages.get("trust.header.generation"),
                messages.get("trust.header.valid"), messages.get("trust.header.source"),
                messages.get("trust.header.sha256"));
        for (TrustedRoot root : roots) {
            out.row(root.purpose().map(p -> messages.get("trust.purpose." + id(p))).orElse("-"),
                    root.generation().isPresent() ? String.valueOf(root.generation().getAsInt()) : "-",
                    root.validity().map(TrustedRootView::validity).orElse("-"),
                    messages.get("trust.source." + source(root)), root.fingerprint().hex());
        }
        out.flushTable();
    }

    /** Subject, validity and SHA-256 as fields: what the user compares with what J-LIS publishes. */
    public static void fields(TextOutput out, TrustedRoot root) {
        root.certificate().ifPresent(c -> out.field("trust.subject", c.getSubjectX500Principal().getName()));
        root.validity().ifPresent(v -> out.field("trust.valid", validity(v)));
        out.field("trust.sha256", root.fingerprint().hex());
        out.flushTable();
    }

    private static String validity(RootValidity validity) {
        return validity.from() + " – " + validity.until();
    }

    private static String source(TrustedRoot root) {
        return root.isPinned() ? "pinned" : "added";
    }

    private static String id(CertificatePurpose purpose) {
        return purpose == CertificatePurpose.AUTH ? "auth" : "sign";
    }
}
