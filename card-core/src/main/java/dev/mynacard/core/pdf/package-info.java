/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * PDF signatures (PAdES baseline B-B) made with the card, and their verification: {@link
 * dev.mynacard.core.pdf.PdfSigner} adds a signature in an incremental revision, {@link
 * dev.mynacard.core.pdf.PdfVerifier} checks every signature of a file, its byte range, its CMS (by
 * {@link dev.mynacard.core.cms.CmsVerifier}) and what changed after it. Apache PDFBox reads and
 * writes the PDF.
 */
package dev.mynacard.core.pdf;
