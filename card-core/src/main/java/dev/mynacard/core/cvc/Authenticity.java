/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import dev.mynacard.core.trust.Check;
import java.util.List;
import java.util.stream.Collectors;

/** Whether a 券面 application's data was written by the issuer, check by check. */
public record Authenticity(Verdict verdict, List<Check> checks) {
    /** The outcome of the whole check. */
    public enum Verdict {
        /** The certificate verifies with a trusted CA key and the data with the certified key. */
        GENUINE,
        /** A signature or digest does not verify: the data was changed or the certificate forged. */
        NOT_GENUINE,
        /** The certificate names a CA key that is not trusted: nothing could be verified. */
        UNKNOWN_CA_KEY
    }

    public Authenticity {
        checks = List.copyOf(checks);
    }

    public boolean genuine() {
        return verdict == Verdict.GENUINE;
    }

    public List<Check> failures() {
        return checks.stream().filter(Check::failed).toList();
    }

    /** The verdict a list of checks gives: a failed CA key check means unknown, any other failure not genuine. */
    static Authenticity of(List<Check> checks) {
        Verdict verdict = Verdict.GENUINE;
        for (Check check : checks) {
            if (check.failed()) {
                verdict = check.kind() == AuthenticityCheck.CA_KEY ? Verdict.UNKNOWN_CA_KEY : Verdict.NOT_GENUINE;
                break;
            }
        }
        return new Authenticity(verdict, checks);
    }

    @Override
    public String toString() {
        return verdict + checks.stream().map(check -> "\n  " + check).collect(Collectors.joining());
    }
}
