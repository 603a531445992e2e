/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The values of one issued card that follow from its {@link HolderProfile}: the ones the profile
 * leaves to the seed, the expiry dates, 照合番号B and the opaque certificate subject names.
 *
 * @param verificationNumberB 照合番号B: era year YY + birth MMDD + card expiry year + security code
 * @param authSubjectId       the auth certificate's CN, 32 hex digits that say nothing about the holder
 * @param signSubjectId       the signing certificate's CN, likewise
 */
public record CardFacts(
        String myNumber,
        String cardSerial,
        String securityCode,
        LocalDate cardExpiry,
        LocalDate certificateExpiry,
        String verificationNumberB,
        String authSubjectId,
        String signSubjectId) {

    /** Resolves the facts of a profile; the same profile always gives the same facts. */
    public static CardFacts of(HolderProfile profile) {
        long seed = profile.seed();
        String myNumber = profile.myNumber() != null
                ? profile.myNumber()
                : MyNumber.generate(SeededRandom.forPurpose(seed, "my-number"));
        String cardSerial = profile.cardSerial() != null
                ? profile.cardSerial()
                : SeededRandom.digits(SeededRandom.forPurpose(seed, "card-serial"), 15);
        String securityCode = profile.securityCode() != null
                ? profile.securityCode()
                : SeededRandom.digits(SeededRandom.forPurpose(seed, "security-code"), 4);
        LocalDate cardExpiry = ValidityRules.cardExpiry(profile.birthDate(), profile.issuanceDate());
        LocalDate certificateExpiry = ValidityRules.certificateExpiry(profile.birthDate(), profile.issuanceDate());
        return new CardFacts(myNumber, cardSerial, securityCode, cardExpiry, certificateExpiry,
                verificationNumberB(profile.birthDate(), cardExpiry, securityCode),
                hexId(SeededRandom.forPurpose(seed, "auth-subject")),
                hexId(SeededRandom.forPurpose(seed, "sign-subject")));
    }

    /** 照合番号B (docs/protocol.md §11), e.g. 昭和55-05-05, expiry 2035, code 5678 → 55050520355678. */
    public static String verificationNumberB(LocalDate birthDate, LocalDate cardExpiry, String securityCode) {
        int eraYear = Era.of(birthDate).yearOf(birthDate);
        return String.format("%02d%02d%02d%04d%s", eraYear, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), cardExpiry.getYear(), securityCode);
    }

    private static String hexId(SecureRandom random) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return HexFormat.of().withUpperCase().formatHex(id);
    }

    /** Redacts the 個人番号, security code and 照合番号B. */
    @Override
    public String toString() {
        return "CardFacts[cardSerial=" + cardSerial + ", cardExpiry=" + cardExpiry
                + ", certificateExpiry=" + certificateExpiry + ", authSubjectId=" + authSubjectId + "]";
    }
}
