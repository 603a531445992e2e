/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import static dev.mynacard.core.card.TestCards.pin;

import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cms.CmsVerifier;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.TrustAnchors;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs for the tests, made with PDFBox, and signatures of the simulated default card. */
public final class TestPdfs {
    public static final Instant SIGNED_AT = Instant.parse("2026-11-25T10:00:00Z");
    public static final Clock SIGNING_CLOCK = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);
    public static final Clock VALIDATION_CLOCK = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    public static final PdfVerifier SIMULATOR = new PdfVerifier(new CmsVerifier(new CertificateValidator(
            TrustAnchors.jlis().withSimulator(), VALIDATION_CLOCK)));

    private TestPdfs() {
    }

    /** A one-page contract. */
    public static byte[] contract() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Contract: the tenant pays 80,000 yen a month.");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** {@code pdf} signed by the simulated default card with its SIGN key. */
    public static byte[] signed(byte[] pdf, SubFilter subFilter) throws Exception {
        try (MyNumberCard card = MyNumberCard.open(TestCards.freshDefault()); Pin password = pin("ABC123")) {
            return new PdfSigner(card).withClock(SIGNING_CLOCK).withSubFilter(subFilter).sign(pdf, password);
        }
    }

    public static byte[] signed(byte[] pdf) throws Exception {
        return signed(pdf, SubFilter.ETSI_CADES_DETACHED);
    }

    /** A CMS over the content, made by a test with whatever key and certificates it likes. */
    public interface CmsMaker {
        byte[] sign(byte[] content) throws Exception;
    }

    /** {@code pdf} with a signature whose CMS {@code signer} makes. */
    public static byte[] signedWith(byte[] pdf, CmsMaker signer) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            document.addSignature(signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            try (InputStream content = external.getContent()) {
                external.setSignature(signer.sign(content.readAllBytes()));
            }
            return out.toByteArray();
        }
    }

    /** An incremental update of {@code pdf} that writes more text on page 1. */
    public static byte[] withTextAdded(byte[] pdf, String added) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream text = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 600);
                text.showText(added);
                text.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** The offset of the last occurrence of {@code text} in {@code pdf}. */
    public static int lastIndexOf(byte[] pdf, String text) {
        return new String(pdf, StandardCharsets.ISO_8859_1).lastIndexOf(text);
    }
}
