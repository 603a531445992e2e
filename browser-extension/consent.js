/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The consent window: names the origin the background took from the browser, takes the PIN, and
// only on the holder's click asks the native host to sign. The PIN goes to the host alone; the
// field is cleared as soon as it is sent. A wrong PIN keeps the window open with the tries left.
(async () => {
  "use strict";
  const api = globalThis.browser ?? globalThis.chrome;
  const HOST = "dev.mynacard.host";
  const id = window.location.hash.slice(1);
  const form = document.getElementById("consent");
  const pinField = document.getElementById("pin");
  const status = document.getElementById("status");
  const loginButton = document.getElementById("login");

  function show(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  function finish(result) {
    return api.runtime.sendMessage({type: "consent-finished", id, result});
  }

  const request = await api.runtime.sendMessage({type: "consent-details", id});
  if (!request) {
    show("This login request is no longer open.", true);
    form.hidden = true;
    return;
  }
  document.getElementById("origin").textContent = request.origin;
  document.title = `Log in to ${request.origin}`;
  // Messages keep the background (an MV3 service worker) awake while the holder reads and types.
  setInterval(() => api.runtime.sendMessage({type: "consent-keepalive", id}), 20000);

  document.getElementById("cancel").addEventListener("click", () => {
    finish({code: "cancelled", message: "The holder cancelled the login."}).finally(() => window.close());
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const pin = pinField.value;
    pinField.value = "";
    loginButton.disabled = true;
    show("Hold your card on the reader… signing.", false);
    let answer;
    try {
      answer = await api.runtime.sendNativeMessage(HOST,
          {type: "login", challenge: request.challenge, audience: request.origin, pin});
    } catch (error) {
      answer = {type: "error", code: "host-unavailable",
        message: "The mynacard native host is not installed or did not start (mynacard native-host install)."};
    }
    if (answer && answer.type === "token") {
      show("Logged in.", false);
      await finish({type: "mynacard-login-result", token: answer.token, expiresAt: answer.expiresAt});
      window.close();
      return;
    }
    const code = String(answer?.code ?? "host-unavailable");
    const message = String(answer?.message ?? "The native host gave no answer.");
    if (code === "wrong-pin" && Number.isInteger(answer.remaining)) {
      status.dataset.remaining = String(answer.remaining);
      show(`Wrong PIN. Tries left: ${answer.remaining}. ${message}`, true);
      loginButton.disabled = false;
      pinField.focus();
      return;
    }
    show(message, true);
    await finish({code, message, remaining: answer?.remaining});
  });
  pinField.focus();
})();
