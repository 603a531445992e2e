/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.pdf.PdfReport;
import dev.mynacard.core.pdf.PdfSignatureReport;

/**
 * A PDF's signatures, in revision order, each with its PDF checks and its CMS verification, and
 * whether the signer's certificate was valid at the claimed signing time.
 */
public final class PdfView {
    private PdfView() {
    }

    /** {@code {"valid":…,"bytes":…,"checks":[…],"signatures":[{"field":…,"claimedTime":…,"signedBytes":…,"valid":…,"checks":[…],"cms":{…}}]}}. */
    public static ObjectNode json(PdfReport report) {
        ObjectNode json = Json.object().put("valid", report.isValid()).put("bytes", report.fileBytes());
        json.set("checks", ValidationView.checks(report.checks()));
        ArrayNode signatures = json.putArray("signatures");
        for (PdfSignatureReport signature : report.signatures()) {
            ObjectNode entry = signatures.addObject();
            signature.fieldName().ifPresentOrElse(name -> entry.put("field", name), () -> entry.putNull("field"));
            signature.claimedTime().ifPresentOrElse(time -> entry.put("claimedTime", Json.instant(time)),
                    () -> entry.putNull("claimedTime"));
            entry.put("signedBytes", signature.signedBytes());
            entry.put("valid", signature.isValid());
            entry.set("checks", ValidationView.checks(signature.checks()));
            signature.cms().ifPresentOrElse(cms -> entry.set("cms", CmsView.json(cms)), () -> entry.putNull("cms"));
            signature.certificateAtClaimedTime().ifPresentOrElse(
                    validation -> entry.set("certificateAtClaimedTime", ValidationView.json(validation)),
                    () -> entry.putNull("certificateAtClaimedTime"));
        }
        return json;
    }

    public static void text(TextOutput out, PdfReport report) {
        out.line(report.isValid() ? "pdf.valid" : "pdf.invalid", report.signatures().size());
        ValidationView.checks(out, report.checks());
        int number = 0;
        for (PdfSignatureReport signature : report.signatures()) {
            out.blank();
            out.line(signature.isValid() ? "pdf.signature-valid" : "pdf.signature-invalid", ++number);
            signature.fieldName().ifPresent(name -> out.field("pdf.field", name));
            signature.claimedTime().ifPresent(time -> out.field("pdf.claimed-time", CertificateView.jst(time)));
            signature.certificateAtClaimedTime().ifPresent(validation -> out.field("pdf.certificate-at-claimed-time",
                    out.messages().get(validation.isValid() ? "pdf.certificate-valid" : "pdf.certificate-invalid")));
            ValidationView.checks(out, signature.checks());
            signature.cms().ifPresent(cms -> CmsView.text(out, cms));
        }
    }
}
