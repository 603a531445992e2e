/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.cert.HolderInfo;
import dev.mynacard.core.cms.CmsSigner;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.nio.file.Files;
import java.security.cert.CertificateException;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Signs a PDF with the card, PAdES baseline B-B: an incremental revision (earlier revisions and
 * their signatures stay byte for byte as they were) with a signature dictionary whose
 * {@code /Contents} is exactly a detached CMS by {@link CmsSigner#forPades()} over the byte range — SHA-256,
 * signing-certificate-v2, the signer's certificate and its root. By default the SIGN key, the
 * {@code ETSI.CAdES.detached} sub-filter and the last PIN try refused. Before the signed PDF is
 * returned, its signature is verified with the signer's certificate. Immutable; the {@code with…}
 * methods return a new signer.
 */
public final class PdfSigner {
    private final CmsSigner cms;
    private final Clock clock;
    private final SubFilter subFilter;
    private final Optional<VisibleSignature> visible;

    public PdfSigner(MyNumberCard card) {
        this(new CmsSigner(card), Clock.systemUTC(), SubFilter.ETSI_CADES_DETACHED, Optional.empty());
    }

    private PdfSigner(CmsSigner cms, Clock clock, SubFilter subFilter, Optional<VisibleSignature> visible) {
        this.cms = Objects.requireNonNull(cms, "cms");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.subFilter = Objects.requireNonNull(subFilter, "subFilter");
        this.visible = visible;
    }

    /** Signs with this key instead (AUTH: a verifier accepts it only when it allows authentication-key signatures). */
    public PdfSigner withKey(SigningKey key) {
        return new PdfSigner(cms.withKey(key), clock, subFilter, visible);
    }

    public PdfSigner withLastTry(LastTry policy) {
        return new PdfSigner(cms.withLastTry(policy), clock, subFilter, visible);
    }

    /** The clock the signature dictionary's {@code /M} (the claimed signing time) is read from. */
    public PdfSigner withClock(Clock signingClock) {
        return new PdfSigner(cms.withClock(signingClock), signingClock, subFilter, visible);
    }

    public PdfSigner withSubFilter(SubFilter filter) {
        return new PdfSigner(cms, clock, filter, visible);
    }

    /** Shows the signature on a page, with the holder's name (without it, the signature is invisible). */
    public PdfSigner withVisibleSignature(VisibleSignature where) {
        return new PdfSigner(cms, clock, subFilter, Optional.of(where));
    }

    /**
     * Reads {@code pdf} as {@link #sign} will, to refuse it (or a visible signature on a page it
     * lacks) before the card is asked for anything.
     *
     * @return the number of pages
     */
    public static int pages(byte[] pdf) throws PdfFormatException {
        try (PDDocument document = PdfDocuments.load(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            throw PdfDocuments.malformed(e);
        }
    }

    /**
     * The PDF with one more signature, in a new revision appended to {@code pdf} (which is not changed).
     *
     * @throws PdfFormatException         {@code pdf} is not a PDF PDFBox can read and sign
     * @throws PdfSigningException        the card's signature does not verify with its certificate
     * @throws dev.mynacard.apdu.WrongPinException the card refused the PIN; nothing was signed
     */
    public byte[] sign(byte[] pdf, Pin pin) throws IOException, PdfFormatException {
        Objects.requireNonNull(pin, "pin");
        try (PDDocument document = PdfDocuments.load(pdf)) {
            Revision revision = new Revision(document, visibleFont(document));
            byte[] signature = cms.forPades().signDetached(revision::prepare, pin);
            byte[] signed = revision.complete(signature);
            checkSignature(ByteRange.covered(signed, revision.signature.getByteRange()), signature);
            return signed;
        }
    }

    /** The revision being written: prepared once the signer is known, completed with its signature. */
    private final class Revision {
        private final PDDocument document;
        private final byte[] font;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private ExternalSigningSupport external;
        private PDSignature signature;
        private final SignatureOptions options = new SignatureOptions();

        Revision(PDDocument document, byte[] font) {
            this.document = document;
            this.font = font;
        }

        /** {@code /Contents} is reserved for exactly the CMS: zero padding after it upsets some validators. */
        byte[] prepare(X509Certificate signer, int cmsLength) throws IOException {
            signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(subFilter.pdfName()));
            String name = holderName(signer);
            signature.setName(name);
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            now.setTimeInMillis(clock.millis());
            signature.setSignDate(now);
            options.setPreferredSignatureSize(cmsLength);
            if (visible.isPresent()) {
                VisibleSignature where = visible.get();
                options.setPage(where.page() - 1);
                options.setVisualSignature(SignatureAppearance.template(
                        document.getPage(where.page() - 1).getMediaBox(), where, font, name, clock.instant()));
            }
            document.addSignature(signature, options);
            external = document.saveIncrementalForExternalSigning(out);
            return external.getContent().readAllBytes();
        }

        byte[] complete(byte[] cms) throws IOException {
            try {
                external.setSignature(cms);
                return out.toByteArray();
            } finally {
                options.close();
            }
        }
    }

    /**
     * The visible signature's font, read before the card is asked for anything, as is its page checked.
     *
     * @throws IllegalArgumentException the PDF has no such page
     */
    private byte[] visibleFont(PDDocument document) throws IOException {
        if (visible.isEmpty()) {
            return new byte[0];
        }
        if (visible.get().page() > document.getNumberOfPages()) {
            throw new IllegalArgumentException("no page " + visible.get().page() + " in a PDF of "
                    + document.getNumberOfPages() + " pages");
        }
        return Files.readAllBytes(visible.get().font());
    }

    /** The card's signature verified with the certificate it names, over the bytes the PDF says are signed. */
    private static void checkSignature(byte[] content, byte[] cms) throws PdfSigningException {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(signer.getSID());
            if (certificates.isEmpty()
                    || !signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificates.iterator().next()))) {
                throw new PdfSigningException("the card's signature does not verify with its certificate");
            }
        } catch (CMSException | OperatorCreationException | CertificateException e) {
            throw new PdfSigningException("the card's signature cannot be verified: " + e.getMessage(), e);
        }
    }

    /** The holder's name from a signing certificate, else the subject's common name. */
    private static String holderName(X509Certificate certificate) {
        try {
            return HolderInfo.of(certificate).name();
        } catch (CertificateException | RuntimeException noHolderFacts) {
            return commonName(certificate);
        }
    }

    private static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return name.getRDNs(BCStyle.CN).length == 0
                ? certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)
                : IETFUtils.valueToString(name.getRDNs(BCStyle.CN)[0].getFirst().getValue());
    }
}
