/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A validation, check by check, as text or JSON. Text is in the chosen language, each reason from
 * its {@code check.<reasonKey>} message (the library's English sentence for a key the bundle lacks);
 * JSON keeps the English reason beside its key.
 */
public final class ValidationView {
    private ValidationView() {
    }

    /** {@code {"valid":…,"at":…,"root":…,"checks":[{"check":"chain","outcome":"passed","reason":…,"reasonKey":…}]}}. */
    public static ObjectNode json(ValidationReport report) {
        ObjectNode json = Json.object()
                .put("valid", report.isValid())
                .put("at", Json.instant(report.at()));
        report.root().ifPresentOrElse(root -> json.put("root", root.toString()), () -> json.putNull("root"));
        json.set("checks", checks(report.checks()));
        return json;
    }

    public static ArrayNode checks(List<Check> checks) {
        ArrayNode array = Json.array();
        checks.forEach(check -> array.addObject()
                .put("check", code(check.kind()))
                .put("outcome", Json.code(check.outcome()))
                .put("reason", check.reason())
                .put("reasonKey", check.reasonKey()));
        return array;
    }

    public static void text(TextOutput out, ValidationReport report) {
        out.field("validation.at", CertificateView.jst(report.at()));
        out.field("validation.root", report.root().map(Object::toString)
                .orElseGet(() -> out.messages().get("validation.no-root")));
        checks(out, report.checks());
    }

    /** A row per check: outcome, what was checked, why. */
    public static void checks(TextOutput out, List<Check> checks) {
        out.flushTable();
        Messages messages = out.messages();
        for (Check check : checks) {
            out.row("  " + messages.get("outcome." + Json.code(check.outcome())), name(messages, check.kind()),
                    reason(messages, check));
        }
        out.flushTable();
    }

    /** The check's reason in the messages' language, or its English sentence when the bundle has no message for it. */
    static String reason(Messages messages, Check check) {
        return text(messages, check.reasonKey(), check.reasonArgs()).orElse(check.reason());
    }

    private static Optional<String> text(Messages messages, String reasonKey, List<Object> args) {
        String key = "check." + reasonKey;
        if (!messages.has(key)) {
            return Optional.empty();
        }
        return Optional.of(messages.get(key, args.stream().map(arg -> argument(messages, arg)).toArray()));
    }

    /** A reason's value as words: instants in JST, purposes and checks by their names, lists joined. */
    private static String argument(Messages messages, Object arg) {
        if (arg instanceof Instant instant) {
            return CertificateView.jst(instant);
        }
        if (arg instanceof CertificatePurpose purpose) {
            return messages.get("purpose." + Json.code(purpose));
        }
        if (arg instanceof Check.Kind kind) {
            return name(messages, kind);
        }
        if (arg instanceof Check.Text phrase) {
            return text(messages, phrase.reason().key(), phrase.args()).orElse(phrase.toString());
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(item -> argument(messages, item))
                    .collect(Collectors.joining(messages.get("list.separator")));
        }
        if (arg instanceof Enum<?> constant) {
            return Json.code(constant);
        }
        return String.valueOf(arg);
    }

    private static String name(Messages messages, Check.Kind kind) {
        String key = messageKey(kind);
        return messages.has(key) ? messages.get(key) : kind.description();
    }

    /** E.g. {@code check.CertificateCheck.root-trusted}: the same code names different checks in different reports. */
    private static String messageKey(Check.Kind kind) {
        return "check." + kind.getClass().getSimpleName() + "." + code(kind);
    }

    private static String code(Check.Kind kind) {
        return kind instanceof Enum<?> constant ? Json.code(constant) : kind.description();
    }
}
