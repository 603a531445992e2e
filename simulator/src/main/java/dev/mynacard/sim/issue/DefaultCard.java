/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import dev.mynacard.sim.image.CardImage;
import java.time.LocalDate;

/**
 * The card a simulator starts with when nothing else is asked for. Its holder is fictional:
 *
 * <ul>
 * <li>山田　太郎, male, born 1980-05-05 (昭和55年5月5日)</li>
 * <li>茨城県つくば市研究学園９丁目９番地９ (municipality code 08220, つくば市)</li>
 * <li>個人番号 123456789018 (the well-known example number; its check digit is right)</li>
 * <li>PINs: auth 1234, sign password ABC123, text 1234, juki 1234, all counters full</li>
 * <li>security code 5678, card serial 000000000000001</li>
 * <li>issued 2025-06-02, so the certificates are valid until the 5th birthday after it,
 *     2030-05-05 23:59:59 JST, and the card until the 10th, 2035-05-05;
 *     照合番号B is therefore 55050520355678</li>
 * <li>seed {@value #SEED}, issued by the {@link SimulatorPki#standard() standard} simulator PKI</li>
 * </ul>
 */
public final class DefaultCard {
    public static final long SEED = 20250602L;

    private DefaultCard() {
    }

    public static HolderProfile profile() {
        return HolderProfile.builder()
                .name("山田　太郎")
                .address("茨城県つくば市研究学園９丁目９番地９")
                .birthDate(LocalDate.of(1980, 5, 5))
                .sex(Sex.MALE)
                .myNumber("123456789018")
                .pins(Pins.DEFAULT)
                .pinTries(PinTries.FULL)
                .issuanceDate(LocalDate.of(2025, 6, 2))
                .municipalityCode("08220")
                .cardSerial("000000000000001")
                .securityCode("5678")
                .seed(SEED)
                .build();
    }

    public static IssuedCard issue() {
        return Issuer.standard().issue(profile());
    }

    public static CardImage image() {
        return issue().image();
    }
}
