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
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.trust.TrustRoots;
import dev.mynacard.core.trust.CertificateFileException;
import dev.mynacard.core.trust.CertificateFiles;
import dev.mynacard.core.trust.Fingerprint;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.TrustStore;
import dev.mynacard.core.trust.TrustStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mynacard trust remove SHA-256|FILE}: stops trusting a root added with {@code trust add}.
 * The root is named by its SHA-256 (as {@code trust list} shows it, any case, colons allowed) or by
 * its certificate file. Pinned roots cannot be removed.
 */
@Command(name = "remove")
public final class TrustRemoveCommand implements CliCommand {
    @Parameters(index = "0", paramLabel = "SHA-256|FILE", descriptionKey = "param.root-fingerprint")
    String root;

    @Override
    public Report run(Invocation invocation) throws CertificateFileException, CliException {
        Fingerprint fingerprint = fingerprint();
        if (TrustAnchors.jlis().withSimulator().find(fingerprint).isPresent()) {
            throw new CliException(ExitCode.USAGE, "error.trust-pinned", fingerprint);
        }
        TrustStore store = TrustRoots.store(invocation.io());
        boolean removed;
        try {
            removed = store.remove(fingerprint);
        } catch (TrustStoreException e) {
            throw new CliException(ExitCode.FILE_ERROR, e, "error.trust-not-writable", store.directory());
        }
        if (!removed) {
            throw new CliException(ExitCode.USAGE, "error.trust-not-added", fingerprint);
        }
        return new RemoveReport(fingerprint);
    }

    /** The argument as a fingerprint, else as the file of a certificate. */
    private Fingerprint fingerprint() throws CertificateFileException, CliException {
        try {
            return Fingerprint.parse(root);
        } catch (IllegalArgumentException notHex) {
            Path file = Path.of(root);
            if (!Files.exists(file)) {
                throw new CliException(ExitCode.USAGE, notHex, "error.trust-remove-what", root);
            }
            return Fingerprint.of(CertificateFiles.readCertificate(file));
        }
    }

    record RemoveReport(Fingerprint fingerprint) implements Report {
        @Override
        public ObjectNode json() {
            return Json.object().put("removed", fingerprint.hex());
        }

        @Override
        public void text(TextOutput out) {
            out.line("trust-remove.removed", fingerprint);
        }
    }
}
