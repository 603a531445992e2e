/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import java.io.IOException;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Turns bytes (and, for a detached signature, its content) into SignedData, or says precisely why
 * not. A card's signature has one signer and two certificates (holder and root); the caps keep the
 * work per input bounded however many an input carries.
 */
final class SignedDataParser {
    static final int MAX_CERTIFICATES = 16;
    static final int MAX_SIGNERS = 8;

    private SignedDataParser() {
    }

    static CMSSignedData parse(byte[] cms, Optional<byte[]> detachedContent) throws CmsFormatException {
        ContentInfo info;
        boolean attached;
        try {
            info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms));
            if (info == null) {
                throw new CmsFormatException(CmsFormatException.Reason.NOT_CMS, "empty input");
            }
            if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new CmsFormatException(CmsFormatException.Reason.NOT_SIGNED_DATA,
                        "CMS content type " + info.getContentType() + " is not SignedData");
            }
            SignedData signedData = SignedData.getInstance(info.getContent());
            attached = signedData.getEncapContentInfo().getContent() != null;
            checkLimits(signedData);
        } catch (IOException | RuntimeException e) {
            throw new CmsFormatException(CmsFormatException.Reason.NOT_CMS, "not a DER-encoded CMS ContentInfo", e);
        }
        if (attached && detachedContent.isPresent()) {
            throw new CmsFormatException(CmsFormatException.Reason.CONTENT_ATTACHED,
                    "the signature carries its own content; verify it as an attached signature");
        }
        if (!attached && detachedContent.isEmpty()) {
            throw new CmsFormatException(CmsFormatException.Reason.CONTENT_MISSING,
                    "detached signature: the signed content must be supplied");
        }
        CMSSignedData signed;
        try {
            signed = detachedContent.isPresent()
                    ? new CMSSignedData(new CMSProcessableByteArray(detachedContent.get()), info)
                    : new CMSSignedData(info);
        } catch (CMSException | RuntimeException e) {
            throw new CmsFormatException(CmsFormatException.Reason.NOT_CMS, "malformed SignedData", e);
        }
        if (signed.getSignerInfos().size() == 0) {
            throw new CmsFormatException(CmsFormatException.Reason.NO_SIGNER, "SignedData without a signer");
        }
        try {
            // BouncyCastle reads certificates and attributes on first use: read them here, where malformed is a format error
            signed.getCertificates();
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                signer.getSignedAttributes();
                signer.getUnsignedAttributes();
            }
        } catch (RuntimeException e) {
            throw new CmsFormatException(CmsFormatException.Reason.NOT_CMS, "malformed certificates or attributes", e);
        }
        return signed;
    }

    private static void checkLimits(SignedData signedData) throws CmsFormatException {
        int certificates = signedData.getCertificates() == null ? 0 : signedData.getCertificates().size();
        if (certificates > MAX_CERTIFICATES) {
            throw new CmsFormatException(CmsFormatException.Reason.LIMIT_EXCEEDED,
                    certificates + " certificates; at most " + MAX_CERTIFICATES + " are accepted");
        }
        int signers = signedData.getSignerInfos().size();
        if (signers > MAX_SIGNERS) {
            throw new CmsFormatException(CmsFormatException.Reason.LIMIT_EXCEEDED,
                    signers + " signers; at most " + MAX_SIGNERS + " are accepted");
        }
    }
}
