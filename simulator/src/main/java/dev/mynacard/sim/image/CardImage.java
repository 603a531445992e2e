/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Everything a simulated card holds, application by application: the unit that issuance produces,
 * that personalisation writes to the card through APDUs, and that the state file stores.
 */
public record CardImage(List<Application> applications) {
    public CardImage {
        applications = List.copyOf(applications);
    }

    /**
     * Whether {@code other} is the same card apart from its PINs' values and counters: the same
     * applications with the same files, contents, access rules and keys, in the same order.
     */
    public boolean sameApartFromPins(CardImage other) {
        if (applications.size() != other.applications.size()) {
            return false;
        }
        for (int i = 0; i < applications.size(); i++) {
            Application mine = applications.get(i);
            Application theirs = other.applications.get(i);
            if (!Arrays.equals(mine.aid(), theirs.aid()) || mine.files().size() != theirs.files().size()) {
                return false;
            }
            for (int f = 0; f < mine.files().size(); f++) {
                if (!sameApartFromPin(mine.files().get(f), theirs.files().get(f))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameApartFromPin(ElementaryFile mine, ElementaryFile theirs) {
        if (mine.fid() != theirs.fid()) {
            return false;
        }
        if (mine instanceof PinFile a && theirs instanceof PinFile b) {
            return a.format() == b.format() && a.maxTries() == b.maxTries();
        }
        if (mine instanceof BinaryFile a && theirs instanceof BinaryFile b) {
            return Arrays.equals(a.content(), b.content()) && a.readAccess().equals(b.readAccess());
        }
        if (mine instanceof RecordFile a && theirs instanceof RecordFile b) {
            return a.readAccess().equals(b.readAccess()) && a.records().size() == b.records().size()
                    && IntStream.range(0, a.records().size()).allMatch(r -> Arrays.equals(a.records().get(r), b.records().get(r)));
        }
        return mine instanceof KeyFile a && theirs instanceof KeyFile b && a.equals(b);
    }
}
