/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

/** An image from the card that cannot be decoded: malformed, too large, or too slow to decode. */
public class FaceImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public FaceImageException(String message) {
        super(message);
    }

    public FaceImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
