/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Transport decorators: GET RESPONSE chaining (61xx), Le correction (6Cxx) and tracing, with the
 * PIN redaction rule that traces and recordings share.
 *
 * <p>Stack them with tracing or recording closest to the wire, so that every APDU the card sees
 * is shown, and Le correction inside GET RESPONSE, so that a GET RESPONSE answered with 6Cxx is
 * corrected too:
 * {@code new GetResponseTransport(new LeCorrectionTransport(new TracingTransport(wire, sink)))}.
 */
package dev.mynacard.apdu.decorator;
