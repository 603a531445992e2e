/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The extension's background: takes a page's login request (through content.js), decides the
// origin to sign for from the browser's own record of the sender, and opens the consent window,
// an extension page that names that origin and asks for the PIN. Only that window talks to the
// native host, and only after the holder's click; the page gets the token or a typed error.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const CONSENT_PAGE = "consent.html";
const CONSENT_TIMEOUT_MS = 5 * 60 * 1000;
const CHALLENGE = /^[A-Za-z0-9_-]{22,128}$/;

/** Open consent windows by request ID: {origin, challenge, tabId, windowId, respond, timer}. */
const pending = new Map();

/** https origins, and http only on this machine's loopback names (development). */
function allowedOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch (notAUrl) {
    return false;
  }
  if (url.origin !== origin) {
    return false;
  }
  return url.protocol === "https:"
      || (url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost"));
}

/** The origin of the frame that sent the message, as the browser knows it (not as the page claims). */
function senderOrigin(sender) {
  if (typeof sender.origin === "string" && sender.origin !== "null") {
    return sender.origin;
  }
  try {
    return new URL(sender.url).origin;
  } catch (noUrl) {
    return null;
  }
}

function failure(code, message) {
  return {type: "mynacard-login-error", code, message};
}

/** What the page may see of the consent window's outcome: the token, or the error without anything else. */
function pageAnswer(result) {
  if (result && result.type === "mynacard-login-result") {
    return {type: result.type, token: String(result.token), expiresAt: String(result.expiresAt)};
  }
  const answer = failure(String(result?.code ?? "cancelled"), String(result?.message ?? ""));
  if (Number.isInteger(result?.remaining)) {
    answer.remaining = result.remaining;
  }
  return answer;
}

function isConsentPage(sender) {
  return typeof sender.url === "string" && sender.url.startsWith(api.runtime.getURL(CONSENT_PAGE));
}

async function startLogin(message, sender, respond) {
  const origin = senderOrigin(sender);
  if (sender.frameId !== 0 || !sender.tab || origin === null || !allowedOrigin(origin)) {
    respond(failure("origin-not-allowed", "Card login is offered to https pages only"
        + " (and http://127.0.0.1 or http://localhost for development)."));
    return;
  }
  if (typeof message.challenge !== "string" || !CHALLENGE.test(message.challenge)) {
    respond(failure("malformed-challenge", "The challenge must be 22–128 base64url characters."));
    return;
  }
  for (const request of pending.values()) {
    if (request.tabId === sender.tab.id) {
      respond(failure("busy", "A login for this tab is already waiting for the holder."));
      return;
    }
  }
  const id = crypto.randomUUID();
  const request = {origin, challenge: message.challenge, tabId: sender.tab.id, windowId: null, respond, timer: null};
  pending.set(id, request);
  try {
    const window = await api.windows.create({
      url: api.runtime.getURL(`${CONSENT_PAGE}#${id}`),
      type: "popup",
      width: 460,
      height: 560,
    });
    request.windowId = window.id;
    request.timer = setTimeout(() => finish(id, failure("timeout", "Nobody answered the login window in time.")),
        CONSENT_TIMEOUT_MS);
  } catch (error) {
    finish(id, failure("extension-unavailable", "The login window could not be opened."));
  }
}

/** Answers the page once, and closes the consent window if it is still open. */
function finish(id, answer) {
  const request = pending.get(id);
  if (!request) {
    return;
  }
  pending.delete(id);
  clearTimeout(request.timer);
  request.respond(answer);
  if (request.windowId !== null) {
    api.windows.remove(request.windowId).catch(() => {});
  }
}

api.runtime.onMessage.addListener((message, sender, respond) => {
  if (sender.id !== api.runtime.id || message === null || typeof message !== "object") {
    return false;
  }
  if (message.type === "login-request" && !isConsentPage(sender)) {
    startLogin(message, sender, respond);
    return true;
  }
  if (!isConsentPage(sender)) {
    return false;
  }
  const request = pending.get(message.id);
  if (message.type === "consent-details") {
    respond(request ? {origin: request.origin, challenge: request.challenge} : null);
  } else if (message.type === "consent-finished" && request) {
    finish(message.id, pageAnswer(message.result));
  }
  return false;
});

api.windows.onRemoved.addListener((windowId) => {
  for (const [id, request] of pending) {
    if (request.windowId === windowId) {
      finish(id, failure("cancelled", "The holder closed the login window."));
    }
  }
});
