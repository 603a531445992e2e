/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a synthetic card is issued to and how: the facts printed on the card and written into the
 * signing certificate, the PINs and their counters, and the seed all randomness is drawn from.
 *
 * <p>{@code myNumber}, {@code cardSerial} and {@code securityCode} may be null: the issuer then derives
 * them from the seed ({@link CardFacts}). A given 個人番号 must have a correct check digit unless
 * {@code invalidMyNumberAllowed} is set (to test that a client notices a bad one).
 *
 * @param name                full name, family and given name separated by U+3000
 * @param nameSubstitutes     the signing certificate's name substitute-character positions, as the
 *                            certificate carries them; empty when no character was substituted
 * @param address             address in Japanese with full-width digits
 * @param addressSubstitutes  the same for the address
 * @param signCertificate     false for a card without signing certificate (holders under 15, or an
 *                            adult who declined it): JPKI EF 0008 then says {@code 8F 00 00}
 * @param variant             where the card differs from the default one (ATR, retry query, token kind)
 * @param municipalityCode    5-digit code of the issuing municipality (共通AP record)
 * @param cardSerial          15-digit card serial number (共通AP record), or null
 * @param securityCode        4-digit security code printed on the card (part of 照合番号B), or null
 */
public record HolderProfile(
        String name,
        String nameSubstitutes,
        String address,
        String addressSubstitutes,
        LocalDate birthDate,
        Sex sex,
        String myNumber,
        boolean invalidMyNumberAllowed,
        Pins pins,
        PinTries pinTries,
        LocalDate issuanceDate,
        boolean signCertificate,
        CardVariant variant,
        String municipalityCode,
        String cardSerial,
        String securityCode,
        long seed) {

    public HolderProfile {
        requireText(name, "name");
        requireText(address, "address");
        Objects.requireNonNull(nameSubstitutes, "nameSubstitutes");
        Objects.requireNonNull(addressSubstitutes, "addressSubstitutes");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(pins, "pins");
        Objects.requireNonNull(pinTries, "pinTries");
        Objects.requireNonNull(issuanceDate, "issuanceDate");
        Objects.requireNonNull(variant, "variant");
        if (!birthDate.isBefore(issuanceDate)) {
            throw new IllegalArgumentException("birth date must be before the issuance date");
        }
        Era.of(birthDate); // throws for a date before Meiji, which no era code can express
        if (myNumber != null && !MyNumber.isDigits(myNumber, MyNumber.LENGTH)) {
            throw new IllegalArgumentException("個人番号 must be 12 ASCII digits");
        }
        if (myNumber != null && !invalidMyNumberAllowed && !MyNumber.isValid(myNumber)) {
            throw new IllegalArgumentException("個人番号 has a wrong check digit (allow it explicitly to test clients)");
        }
        if (!MyNumber.isDigits(municipalityCode, 5)) {
            throw new IllegalArgumentException("municipality code must be 5 digits");
        }
        if (cardSerial != null && !MyNumber.isDigits(cardSerial, 15)) {
            throw new IllegalArgumentException("card serial must be 15 digits");
        }
        if (securityCode != null && !MyNumber.isDigits(securityCode, 4)) {
            throw new IllegalArgumentException("security code must be 4 digits");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .name(name).nameSubstitutes(nameSubstitutes)
                .address(address).addressSubstitutes(addressSubstitutes)
                .birthDate(birthDate).sex(sex)
                .myNumber(myNumber).invalidMyNumberAllowed(invalidMyNumberAllowed)
                .pins(pins).pinTries(pinTries)
                .issuanceDate(issuanceDate).signCertificate(signCertificate).variant(variant)
                .municipalityCode(municipalityCode).cardSerial(cardSerial).securityCode(securityCode)
                .seed(seed);
    }

    /** Redacts the 個人番号, PINs and security code. */
    @Override
    public String toString() {
        return "HolderProfile[name=" + name + ", birthDate=" + birthDate + ", sex=" + sex
                + ", issuanceDate=" + issuanceDate + ", signCertificate=" + signCertificate + ", variant=" + variant
                + ", pinTries=" + pinTries + ", seed=" + seed + "]";
    }

    /**
     * Builds a profile. Name, address, birth date, sex, issuance date and municipality code are
     * required; substitutes default to empty, PINs to {@link Pins#DEFAULT}, counters to
     * {@link PinTries#FULL}, the signing certificate to present, the variant to {@link
     * CardVariant#DEFAULT}, the seed to 0.
     */
    public static final class Builder {
        private String name;
        private String nameSubstitutes = "";
        private String address;
        private String addressSubstitutes = "";
        private LocalDate birthDate;
        private Sex sex;
        private String myNumber;
        private boolean invalidMyNumberAllowed;
        private Pins pins = Pins.DEFAULT;
        private PinTries pinTries = PinTries.FULL;
        private LocalDate issuanceDate;
        private boolean signCertificate = true;
        private CardVariant variant = CardVariant.DEFAULT;
        private String municipalityCode;
        private String cardSerial;
        private String securityCode;
        private long seed;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder nameSubstitutes(String positions) {
            this.nameSubstitutes = positions;
            return this;
        }

        public Builder address(String address) {
            this.address = address;
            return this;
        }

        public Builder addressSubstitutes(String positions) {
            this.addressSubstitutes = positions;
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        /** A given 個人番号, or null to derive one with a correct check digit from the seed. */
        public Builder myNumber(String myNumber) {
            this.myNumber = myNumber;
            return this;
        }

        public Builder invalidMyNumberAllowed(boolean allowed) {
            this.invalidMyNumberAllowed = allowed;
            return this;
        }

        public Builder pins(Pins pins) {
            this.pins = pins;
            return this;
        }

        public Builder pinTries(PinTries pinTries) {
            this.pinTries = pinTries;
            return this;
        }

        public Builder issuanceDate(LocalDate issuanceDate) {
            this.issuanceDate = issuanceDate;
            return this;
        }

        public Builder signCertificate(boolean present) {
            this.signCertificate = present;
            return this;
        }

        public Builder variant(CardVariant variant) {
            this.variant = variant;
            return this;
        }

        public Builder municipalityCode(String code) {
            this.municipalityCode = code;
            return this;
        }

        public Builder cardSerial(String serial) {
            this.cardSerial = serial;
            return this;
        }

        public Builder securityCode(String code) {
            this.securityCode = code;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public HolderProfile build() {
            return new HolderProfile(name, nameSubstitutes, address, addressSubstitutes, birthDate, sex,
                    myNumber, invalidMyNumberAllowed, pins, pinTries, issuanceDate, signCertificate, variant,
                    municipalityCode, cardSerial, securityCode, seed);
        }
    }
}
