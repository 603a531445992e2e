/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.trust.TrustRoots;
import dev.mynacard.cli.view.TrustedRootView;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.trust.TrustedRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Command;

/**
 * {@code mynacard trust list}: the roots every validating command trusts, pinned and added (with
 * --sim also the simulator's), and whether the generation-2 user-authentication root, which is not
 * pinned, still has to be added.
 */
@Command(name = "list")
public final class TrustListCommand implements CliCommand {
    @Override
    public Report run(Invocation invocation) throws Exception {
        List<TrustedRoot> roots = TrustRoots.anchors(invocation, List.of()).roots();
        return new ListReport(roots, TrustRoots.store(invocation.io()).directory());
    }

    record ListReport(List<TrustedRoot> roots, Path store) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object().put("store", store.toString());
            ArrayNode array = json.putArray("roots");
            roots.forEach(root -> array.add(TrustedRootView.json(root)));
            return json;
        }

        @Override
        public void text(TextOutput out) {
            TrustedRootView.table(out, roots);
            out.line("trust-list.store", store);
            boolean generation2Auth = roots.stream().anyMatch(root -> root.purpose().equals(
                    Optional.of(CertificatePurpose.AUTH)) && root.generation().equals(OptionalInt.of(2)));
            if (!generation2Auth) {
                out.line("trust-list.generation-2-missing");
            }
        }
    }
}
