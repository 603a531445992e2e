/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.cli.Language;
import dev.mynacard.cli.Messages;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cms.SignerCheck;
import dev.mynacard.core.cms.SignerReason;
import dev.mynacard.core.cvc.AuthenticityReason;
import dev.mynacard.core.trust.CertificateCheck;
import dev.mynacard.core.trust.CertificateReason;
import dev.mynacard.core.trust.Check;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ReasonMessagesTest {
    private static final Instant END = Instant.parse("2023-05-05T14:59:59Z");
    private static final Instant AT = Instant.parse("2026-11-26T03:00:00Z");
    private static final Messages JA = Messages.of(Language.JA);
    private static final Messages EN = Messages.of(Language.EN);

    @Test
    void everyReasonOfCardCoreHasAMessageInBothLanguagesWithItsArguments() {
        List<Check.Reason> reasons = new ArrayList<>(List.of(CertificateReason.values()));
        reasons.addAll(List.of(SignerReason.values()));
        reasons.addAll(List.of(AuthenticityReason.values()));
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.of(language).bundle();
            for (Check.Reason reason : reasons) {
                String key = "check." + reason.key();
                assertTrue(bundle.containsKey(key), () -> language + " lacks " + key);
                assertEquals(arguments(reason.englishPattern()), arguments(bundle.getString(key)),
                        () -> language + " " + key + " uses other arguments than the library's sentence");
            }
        }
    }

    @Test
    void anExpiredCertificateInJapaneseWithJstDatesWhileTheLibrarySentenceStaysEnglish() {
        Check expired = Check.failed(CertificateCheck.VALIDITY, CertificateReason.VALIDITY_EXPIRED, END, AT);

        assertEquals("有効期限切れ (2023-05-05 23:59:59 JST まで、確認時点 2026-11-26 12:00:00 JST)",
                ValidationView.reason(JA, expired));
        assertEquals("expired on 2023-05-05 23:59:59 JST (checked at 2026-11-26 12:00:00 JST)",
                ValidationView.reason(EN, expired));
        assertEquals("expired on 2023-05-05T14:59:59Z (checked at 2026-11-26T03:00:00Z)", expired.reason());
        assertEquals("validity.expired", expired.reasonKey());
        assertEquals(List.of(END, AT), expired.reasonArgs());
    }

    @Test
    void nestedPhrasesChecksAndPurposesAreTranslatedToo() {
        Check testHierarchy = Check.failed(CertificateCheck.HIERARCHY, CertificateReason.HIERARCHY_TEST_REFUSED,
                List.of(Check.Text.of(CertificateReason.TEST_SIGN_ISSUER, "JPKI-SIMULATOR"),
                        Check.Text.of(CertificateReason.TEST_SIGN_SIMULATOR_ROOT)));
        assertEquals("テスト階層に属しています (発行者 O=JPKI-SIMULATOR、シミュレーターのルート)。"
                + "テスト階層を有効にしない限り本番では受け付けません", ValidationView.reason(JA, testHierarchy));
        assertTrue(testHierarchy.reason().startsWith("belongs to a test hierarchy (issuer O=JPKI-SIMULATOR,"
                + " simulator root), which"), testHierarchy::reason);

        Check certificate = Check.failed(SignerCheck.CERTIFICATE, SignerReason.CERTIFICATE_INVALID,
                List.of(CertificateCheck.VALIDITY, CertificateCheck.ROOT_TRUSTED));
        assertEquals("不合格: 証明書の有効期間、ルートの信頼 (証明書の検証結果を参照)",
                ValidationView.reason(JA, certificate));
        assertEquals("failed: certificate validity, root trusted (see the certificate report)", certificate.reason());

        Check purpose = Check.failed(CertificateCheck.ROOT_TRUSTED, CertificateReason.ROOT_OTHER_PURPOSE,
                "J-LIS signing root", CertificatePurpose.AUTH);
        assertEquals("このルートは J-LIS signing root で、利用者証明用の証明書を発行しません",
                ValidationView.reason(JA, purpose));
    }

    @Test
    void aReasonWithoutAMessageIsShownAsTheLibrarysSentence() {
        Check check = Check.notChecked(CertificateCheck.REVOCATION, Unlisted.REASON, "x");

        assertEquals("not in any bundle: x", ValidationView.reason(JA, check));
    }

    private enum Unlisted implements Check.Reason {
        REASON;

        @Override
        public String key() {
            return "test.unlisted";
        }

        @Override
        public String englishPattern() {
            return "not in any bundle: {0}";
        }
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
