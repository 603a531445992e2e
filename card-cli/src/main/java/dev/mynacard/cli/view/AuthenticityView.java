/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.cvc.Authenticity;

/** Whether the issuer wrote a 券面 application's data: the verdict, then check by check. */
public final class AuthenticityView {
    private AuthenticityView() {
    }

    /** Adds {@code "authentic":…,"verdict":"genuine|not-genuine|unknown-ca-key","reasons":[checks]}. */
    public static void json(ObjectNode json, Authenticity authenticity) {
        json.put("authentic", authenticity.genuine())
                .put("verdict", Json.code(authenticity.verdict()));
        json.set("reasons", ValidationView.checks(authenticity.checks()));
    }

    public static void text(TextOutput out, Authenticity authenticity) {
        out.field("authenticity.verdict", out.messages().get("authenticity." + Json.code(authenticity.verdict())));
        ValidationView.checks(out, authenticity.checks());
    }
}
