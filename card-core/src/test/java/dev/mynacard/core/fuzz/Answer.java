/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.fuzz;

import java.util.Arrays;

/** How a hostile card answers one command, given what the real (simulated) card would answer. */
sealed interface Answer {
    byte[] apply(byte[] real);

    /** The real answer. */
    record Honest() implements Answer {
        public byte[] apply(byte[] real) {
            return real;
        }
    }

    /** Any bytes at all, fewer than two included. */
    record Noise(byte[] bytes) implements Answer {
        public byte[] apply(byte[] real) {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "Noise[" + bytes.length + " bytes]";
        }
    }

    /** The real answer cut short. */
    record Truncated(int keep) implements Answer {
        public byte[] apply(byte[] real) {
            return Arrays.copyOf(real, Math.min(keep, real.length));
        }
    }

    /** Only a status word: 63Cx, 61xx, 6Cxx, 6A82, 9000 without data, anything. */
    record Status(int sw) implements Answer {
        public byte[] apply(byte[] real) {
            return new byte[] {(byte) (sw >> 8), (byte) sw};
        }

        @Override
        public String toString() {
            return String.format("Status[%04X]", sw);
        }
    }

    /** A DER or BER header announcing an absurd length, with a little data and 9000. */
    record AbsurdDer(byte[] header) implements Answer {
        public byte[] apply(byte[] real) {
            byte[] answer = Arrays.copyOf(header, header.length + 12);
            answer[answer.length - 2] = (byte) 0x90;
            return answer;
        }
    }

    /** The real answer with one byte flipped (data or status word). */
    record Flipped(int index) implements Answer {
        public byte[] apply(byte[] real) {
            byte[] answer = real.clone();
            if (answer.length > 0) {
                answer[Math.floorMod(index, answer.length)] ^= (byte) 0x5A;
            }
            return answer;
        }
    }

    /** The real data, another status word. */
    record WrongStatus(int sw) implements Answer {
        public byte[] apply(byte[] real) {
            byte[] answer = real.clone();
            answer[answer.length - 2] = (byte) (sw >> 8);
            answer[answer.length - 1] = (byte) sw;
            return answer;
        }

        @Override
        public String toString() {
            return String.format("WrongStatus[%04X]", sw);
        }
    }

    /** From here on, 61xx to every command: more data, forever. */
    record EndlessMoreData(int xx) implements Answer {
        public byte[] apply(byte[] real) {
            return new byte[] {0x61, (byte) xx};
        }
    }
}
