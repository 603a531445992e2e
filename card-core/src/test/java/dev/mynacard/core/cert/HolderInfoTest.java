/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.HolderProfile;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import java.security.cert.CertificateParsingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolderInfoTest {

    @Test
    void defaultHolder() throws Exception {
        HolderInfo holder = HolderInfo.of(DefaultCard.issue().signCertificate().orElseThrow());
        assertEquals("山田　太郎", holder.name());
        assertEquals("茨城県つくば市研究学園９丁目９番地９", holder.address());
        assertEquals(Sex.MALE, holder.sex());
        assertEquals(LocalDate.of(1980, 5, 5), holder.birthDate().date());
        assertEquals(Era.SHOWA, holder.birthDate().era());
        assertEquals("昭和55年5月5日", holder.birthDate().wareki());
        assertEquals("", holder.nameSubstitutes());
        assertEquals("", holder.addressSubstitutes());
        assertEquals(List.of("Ibaraki-ken", "Tsukuba-shi"), holder.locality());
    }

    @Test
    void theSubjectCarriesTheLocalityInRomajiAsOnRealCards() throws Exception {
        IssuedCard card = DefaultCard.issue();
        String subject = card.signCertificate().orElseThrow().getSubjectX500Principal().getName();
        assertTrue(subject.matches("CN=[0-9A-F]{32},L=Tsukuba-shi,L=Ibaraki-ken,C=JP"), subject);
        assertTrue(card.authCertificate().getSubjectX500Principal().getName().matches("CN=[0-9A-F]{32},C=JP"));
        HolderProfile tokyo = DefaultCard.profile().toBuilder().address("東京都千代田区千代田１番１号").build();
        assertEquals(List.of("Tokyo-to", "Chiyoda-ku"),
                HolderInfo.of(Issuer.standard().issue(tokyo).signCertificate().orElseThrow()).locality());
        HolderProfile unknownTown = DefaultCard.profile().toBuilder().address("北海道音威子府村１番地").build();
        assertEquals(List.of("Hokkaido"),
                HolderInfo.of(Issuer.standard().issue(unknownTown).signCertificate().orElseThrow()).locality(),
                "a municipality without a known reading: the prefecture only");
    }

    @Test
    void otherProfilesRoundTrip() throws Exception {
        HolderProfile profile = DefaultCard.profile().toBuilder()
                .name("佐藤　花子").sex(dev.mynacard.sim.issue.Sex.FEMALE)
                .birthDate(LocalDate.of(2019, 5, 1)).issuanceDate(LocalDate.of(2024, 1, 10))
                .nameSubstitutes("1").addressSubstitutes("3,4").build();
        IssuedCard card = Issuer.standard().issue(profile);
        HolderInfo holder = JpkiCertificate.of(card.signCertificate().orElseThrow()).holder();
        assertEquals("佐藤　花子", holder.name());
        assertEquals(Sex.FEMALE, holder.sex());
        assertEquals("令和元年5月1日", holder.birthDate().wareki());
        assertEquals("1", holder.nameSubstitutes());
        assertEquals("3,4", holder.addressSubstitutes());
    }

    @Test
    void authCertificateHasNoHolder() {
        assertThrows(CertificateParsingException.class, () -> HolderInfo.of(DefaultCard.issue().authCertificate()));
    }

    @Test
    void birthDateCodes() throws Exception {
        assertEquals("昭和55年5月5日 (1980-05-05)", HolderInfo.birthDate("319800505").toString());
        assertEquals(Era.HEISEI, HolderInfo.birthDate("019890108").era());
        assertEquals("平成元年1月8日", HolderInfo.birthDate("419890108").wareki());
        assertEquals("昭和64年1月7日", HolderInfo.birthDate("319890107").wareki());
        for (String bad : new String[] {"419800505", "619800505", "31980050", "3198005050", "319801301",
                "3198A0505", "118000101"}) {
            assertThrows(CertificateParsingException.class, () -> HolderInfo.birthDate(bad), bad);
        }
    }
}
