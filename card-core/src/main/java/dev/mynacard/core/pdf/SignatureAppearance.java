/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible part of a signature: a one-page template document whose signature widget PDFBox
 * copies into the signed revision, drawn with a frame, the holder's name and the signing time (JST).
 */
final class SignatureAppearance {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'")
            .withZone(ZoneId.of("Asia/Tokyo"));
    private static final float MARGIN = 4;

    private SignatureAppearance() {
    }

    static InputStream template(PDRectangle pageSize, VisibleSignature where, byte[] font, String name,
                                Instant signedAt)
            throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(pageSize);
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.getFields().add(field);
            PDRectangle rectangle = new PDRectangle(where.x(), where.y(), where.width(), where.height());
            widget.setRectangle(rectangle);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject appearance = new PDFormXObject(template);
            appearance.setResources(new PDResources());
            appearance.setBBox(new PDRectangle(where.width(), where.height()));
            PDType0Font typeface = PDType0Font.load(template, new ByteArrayInputStream(font));
            float size = Math.min(12, (where.height() - 3 * MARGIN) / 2.4f);
            try (PDPageContentStream content = new PDPageContentStream(template,
                    new PDAppearanceStream(appearance.getCOSObject()))) {
                content.setLineWidth(1);
                content.addRect(0.5f, 0.5f, where.width() - 1, where.height() - 1);
                content.stroke();
                content.beginText();
                content.setFont(typeface, size);
                content.newLineAtOffset(MARGIN, where.height() - MARGIN - size);
                content.showText(name);
                content.newLineAtOffset(0, -1.2f * size);
                content.showText(TIME.format(signedAt));
                content.endText();
            }
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.setNormalAppearance(new PDAppearanceStream(appearance.getCOSObject()));
            widget.setAppearance(appearances);
            widget.setPrinted(true);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
