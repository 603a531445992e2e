/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The My Number Card as a Java API: PINs, certificates and their validation against the J-LIS
 * roots, signatures, CMS, PDF signatures, login tokens, the text AP, the card face and its
 * authenticity, and a JCA provider for the card's keys.
 */
module dev.mynacard.core {
    requires transitive dev.mynacard.apdu;
    requires transitive java.sql; // JdbcConsumedChallengeStore takes a DataSource
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires com.nimbusds.jose.jwt;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires transitive java.desktop; // the card face's images are java.awt BufferedImages
    requires jai.imageio.jpeg2000;

    exports dev.mynacard.core.card;
    exports dev.mynacard.core.cert;
    exports dev.mynacard.core.cms;
    exports dev.mynacard.core.cvc;
    exports dev.mynacard.core.face;
    exports dev.mynacard.core.jca;
    exports dev.mynacard.core.login;
    exports dev.mynacard.core.pdf;
    exports dev.mynacard.core.pin;
    exports dev.mynacard.core.sign;
    exports dev.mynacard.core.text;
    exports dev.mynacard.core.trust;

    provides java.security.Provider with dev.mynacard.core.jca.MynaProvider;
}
