/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */

// Relays a page's login request to the extension and posts the answer back to the page:
//   page → window.postMessage({type: "mynacard-login", challenge}, location.origin)
//   page ← {type: "mynacard-login-result", token, expiresAt}
//        | {type: "mynacard-login-error", code, message, remaining?}
// The page never names the origin to sign for: the extension takes it from the browser.
(() => {
  "use strict";
  const api = globalThis.browser ?? globalThis.chrome;
  const origin = window.location.origin;

  window.addEventListener("message", async (event) => {
    if (event.source !== window || event.origin !== origin) {
      return;
    }
    const data = event.data;
    if (data === null || typeof data !== "object" || data.type !== "mynacard-login") {
      return;
    }
    let answer;
    try {
      answer = await api.runtime.sendMessage({
        type: "login-request",
        challenge: typeof data.challenge === "string" ? data.challenge : "",
      });
    } catch (error) {
      answer = undefined;
    }
    window.postMessage(answer ?? {
      type: "mynacard-login-error",
      code: "extension-unavailable",
      message: "The mynacard extension did not answer.",
    }, origin);
  });

  // Lets the page know it can offer the button (it may have loaded before this script ran).
  document.documentElement.dataset.mynacardLogin = "available";
  window.postMessage({type: "mynacard-extension-ready"}, origin);
})();
