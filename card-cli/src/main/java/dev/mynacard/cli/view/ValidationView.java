package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import java.util.List;

/**
 * A validation, check by check, as text or JSON. Check names and outcomes are translated; each
 * check's reason is the library's own English sentence.
 */
public final class ValidationView {
    private ValidationView() {
    }

    /** {@code {"valid":…,"at":…,"root":…,"checks":[{"check":"chain","outcome":"passed","reason":…}]}}. */
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
                .put("reason", check.reason()));
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
            String key = messageKey(check.kind());
            out.row("  " + messages.get("outcome." + Json.code(check.outcome())),
                    messages.has(key) ? messages.get(key) : check.kind().description(), check.reason());
        }
        out.flushTable();
    }

    /** E.g. {@code check.CertificateCheck.root-trusted}: the same code names different checks in different reports. */
    private static String messageKey(Check.Kind kind) {
        return "check." + kind.getClass().getSimpleName() + "." + code(kind);
    }

    private static String code(Check.Kind kind) {
        return kind instanceof Enum<?> constant ? Json.code(constant) : kind.description();
    }
}
