/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.core.cert.HolderInfo;
import dev.mynacard.core.cert.JpkiCertificate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A certificate's facts (and for the signing certificate, the holder's) as text, JSON or PEM. */
public final class CertificateView {
    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'JST'")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private CertificateView() {
    }

    public static ObjectNode json(JpkiCertificate certificate, Optional<HolderInfo> holder) {
        ObjectNode json = Json.object()
                .put("subject", certificate.subject())
                .put("issuer", certificate.issuer())
                .put("serialNumber", serial(certificate))
                .put("notBefore", Json.instant(certificate.notBefore()))
                .put("notAfter", Json.instant(certificate.notAfter()))
                .put("purpose", Json.code(certificate.purpose()));
        ArrayNode usage = json.putArray("keyUsage");
        certificate.keyUsage().stream().sorted().forEach(u -> usage.add(Json.code(u)));
        ArrayNode policies = json.putArray("policies");
        certificate.policyOids().forEach(policies::add);
        json.put("sha256", fingerprint(certificate));
        holder.ifPresent(info -> json.set("holder", HolderView.json(info)));
        json.put("pem", pem(certificate));
        return json;
    }

    public static void text(TextOutput out, JpkiCertificate certificate, Optional<HolderInfo> holder) {
        out.field("cert.subject", certificate.subject());
        out.field("cert.issuer", certificate.issuer());
        out.field("cert.serial", serial(certificate));
        out.field("cert.not-before", jst(certificate.notBefore()));
        out.field("cert.not-after", jst(certificate.notAfter()));
        out.field("cert.key-usage", certificate.keyUsage().stream().sorted().map(Json::code)
                .collect(Collectors.joining(", ")));
        out.field("cert.policies", String.join(", ", certificate.policyOids()));
        if (certificate.x509().getPublicKey() instanceof RSAPublicKey rsa) {
            out.field("cert.key", out.messages().get("cert.rsa-key", rsa.getModulus().bitLength()));
        }
        out.field("cert.sha256", fingerprint(certificate));
        holder.ifPresent(info -> {
            out.line("holder.title");
            HolderView.text(out, info);
        });
    }

    /** The certificate in PEM, with a line break at the end. */
    public static String pem(JpkiCertificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.encoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** An instant as Japanese time, e.g. {@code 2030-05-05 23:59:59 JST}. */
    public static String jst(Instant instant) {
        return JST.format(instant);
    }

    private static String serial(JpkiCertificate certificate) {
        return certificate.serialNumber().toString(16).toUpperCase(Locale.ROOT);
    }

    private static String fingerprint(JpkiCertificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.encoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
