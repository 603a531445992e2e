/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.cms.CmsReport;
import dev.mynacard.core.cms.SignerReport;
import javax.security.auth.x500.X500Principal;

/** A CMS signature's verification, signer by signer, as text or JSON. */
public final class CmsView {
    private CmsView() {
    }

    /** {@code {"valid":…,"signers":[{"subject":…,"key":"sign","signingTime":…,"valid":…,"checks":[…],"certificate":{…}}]}}. */
    public static ObjectNode json(CmsReport report) {
        ObjectNode json = Json.object().put("valid", report.isValid());
        ArrayNode signers = json.putArray("signers");
        for (SignerReport signer : report.signers()) {
            ObjectNode entry = signers.addObject();
            signer.certificate().ifPresentOrElse(c -> entry.put("subject", subject(signer)),
                    () -> entry.putNull("subject"));
            signer.signerKey().ifPresentOrElse(key -> entry.put("key", Json.code(key)), () -> entry.putNull("key"));
            signer.signingTime().ifPresentOrElse(time -> entry.put("signingTime", Json.instant(time)),
                    () -> entry.putNull("signingTime"));
            entry.put("valid", signer.isValid());
            entry.set("checks", ValidationView.checks(signer.checks()));
            signer.certificateReport().ifPresentOrElse(r -> entry.set("certificate", ValidationView.json(r)),
                    () -> entry.putNull("certificate"));
        }
        return json;
    }

    public static void text(TextOutput out, CmsReport report) {
        out.line(report.isValid() ? "cms.valid" : "cms.invalid", report.signers().size());
        int number = 0;
        for (SignerReport signer : report.signers()) {
            out.blank();
            out.line(signer.isValid() ? "cms.signer-valid" : "cms.signer-invalid", ++number);
            signer.certificate().ifPresent(c -> out.field("cms.subject", subject(signer)));
            signer.signerKey().ifPresent(key -> out.field("cms.key",
                    out.messages().get("cert." + Json.code(key) + ".name")));
            signer.signingTime().ifPresent(time -> out.field("cms.signing-time", CertificateView.jst(time)));
            ValidationView.checks(out, signer.checks());
            signer.certificateReport().ifPresent(certificate -> {
                out.line("cms.certificate-checks");
                ValidationView.text(out, certificate);
            });
        }
    }

    private static String subject(SignerReport signer) {
        return signer.certificate().orElseThrow().getSubjectX500Principal().getName(X500Principal.RFC2253);
    }
}
