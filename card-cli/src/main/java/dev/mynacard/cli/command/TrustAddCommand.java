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
import dev.mynacard.cli.Io;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.trust.TrustRoots;
import dev.mynacard.cli.view.TrustedRootView;
import dev.mynacard.core.trust.CertificateFileException;
import dev.mynacard.core.trust.CertificateFiles;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.TrustStore;
import dev.mynacard.core.trust.TrustStoreException;
import dev.mynacard.core.trust.TrustedRoot;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mynacard trust add FILE [--yes]}: trusts a J-LIS root from now on, e.g. the generation-2
 * user-authentication root, which is not pinned. Only a self-signed CA certificate named as a J-LIS
 * root is taken; its subject, validity and SHA-256 are shown, and on a terminal the user confirms
 * after comparing the SHA-256 with the one J-LIS publishes. Without a terminal only --yes adds it
 * (as for {@code mynacard login}): trusting a root silently is what an attacker wants.
 */
@Command(name = "add")
public final class TrustAddCommand implements CliCommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.root-file")
    Path file;

    @Option(names = "--yes", descriptionKey = "option.trust-yes")
    boolean confirmed;

    @Override
    public Report run(Invocation invocation) throws CertificateFileException, CliException {
        X509Certificate certificate = CertificateFiles.readCertificate(file);
        TrustedRoot root;
        try {
            root = TrustStore.check(certificate);
        } catch (TrustStoreException refused) {
            if (refused.reason() == TrustStoreException.Reason.ALREADY_PINNED) {
                return new AddReport(TrustAnchors.jlis().withRoot(certificate, Hierarchy.PRODUCTION).find(certificate)
                        .orElseThrow(), Optional.empty());
            }
            throw new CliException(ExitCode.FILE_ERROR, refused, refused.reason() == TrustStoreException.Reason
                    .NOT_SELF_SIGNED_CA ? "error.trust-not-ca" : "error.trust-not-jpki", file,
                    certificate.getSubjectX500Principal().getName());
        }
        if (!confirmed) {
            confirm(invocation, root);
        }
        TrustStore store = TrustRoots.store(invocation.io());
        try {
            store.add(certificate);
        } catch (TrustStoreException e) {
            throw new CliException(ExitCode.FILE_ERROR, e, "error.trust-not-writable", store.directory());
        }
        return new AddReport(root, Optional.of(store.file(root.fingerprint())));
    }

    private void confirm(Invocation invocation, TrustedRoot root) throws CliException {
        Io.PasswordConsole console = invocation.io().console()
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "error.trust-needs-yes", file));
        invocation.output().note("trust-add.review", root.label(),
                root.certificate().orElseThrow().getSubjectX500Principal().getName(),
                root.validity().orElseThrow().from(), root.validity().orElseThrow().until(), root.fingerprint());
        if (!console.confirm(invocation.messages().get("prompt.trust-confirm"))) {
            throw new CliException(ExitCode.USAGE, "error.trust-not-confirmed", file);
        }
    }

    /** @param stored the file the root was stored in; empty for a root that is pinned already */
    record AddReport(TrustedRoot root, Optional<Path> stored) implements Report {
        @Override
        public ObjectNode json() {
            ObjectNode json = Json.object().put("added", stored.isPresent());
            json.set("root", TrustedRootView.json(root));
            stored.ifPresent(path -> json.put("file", path.toString()));
            return json;
        }

        @Override
        public void text(TextOutput out) {
            out.line(stored.isPresent() ? "trust-add.added" : "trust-add.pinned", root.label());
            TrustedRootView.fields(out, root);
            stored.ifPresent(path -> out.line("trust-add.stored", path, root.fingerprint()));
        }
    }
}
