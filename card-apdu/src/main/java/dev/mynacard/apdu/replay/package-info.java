/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Recording a card session to a readable {@link dev.mynacard.apdu.replay.Transcript} file and
 * replaying it as a card, so that tests can run a real card's session without the card.
 * Record closest to the wire and wrap the replay in the same decorators as the live transport.
 */
package dev.mynacard.apdu.replay;
