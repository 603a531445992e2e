/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */

// The demo page: gets a challenge, asks the mynacard extension for a login token (or shows the
// `mynacard login` command to run), and sends the token to POST /api/login.
(() => {
  "use strict";
  const origin = window.location.origin;
  const status = document.getElementById("status");
  let extensionReady = document.documentElement.dataset.mynacardLogin === "available";
  let waiting = null;

  function show(text, isError) {
    status.textContent = text;
    status.className = isError ? "error" : "";
  }

  function showHolder(holder) {
    document.getElementById("holder").textContent = JSON.stringify(holder, null, 2);
    document.getElementById("signed-out").hidden = holder !== null;
    document.getElementById("signed-in").hidden = holder === null;
  }

  async function sendToken(token) {
    const response = await fetch("/api/login", {method: "POST", body: token, headers: {"Content-Type": "text/plain"}});
    const answer = await response.json();
    if (response.ok) {
      showHolder(answer.holder);
      show("", false);
    } else {
      show(`Login refused (${answer.error.code}): ${answer.error.message}`, true);
    }
  }

  window.addEventListener("message", (event) => {
    if (event.source !== window || event.origin !== origin || !event.data || typeof event.data !== "object") {
      return;
    }
    if (event.data.type === "mynacard-extension-ready") {
      extensionReady = true;
    } else if ((event.data.type === "mynacard-login-result" || event.data.type === "mynacard-login-error") && waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(event.data);
    }
  });

  document.getElementById("login").addEventListener("click", async () => {
    const challenge = await (await fetch("/api/challenge")).json();
    document.getElementById("fallback-command").textContent =
        `mynacard login --challenge ${challenge.challenge} --audience ${challenge.audience}`;
    if (!extensionReady) {
      document.getElementById("fallback").open = true;
      show("The mynacard extension is not installed: use the command line below.", true);
      return;
    }
    show("Confirm in the mynacard window and enter your PIN there.", false);
    const answer = await new Promise((resolve) => {
      waiting = resolve;
      window.postMessage({type: "mynacard-login", challenge: challenge.challenge}, origin);
    });
    if (answer.type === "mynacard-login-result") {
      await sendToken(answer.token);
    } else {
      const tries = Number.isInteger(answer.remaining) ? ` (tries left: ${answer.remaining})` : "";
      show(`No login (${answer.code}): ${answer.message}${tries}`, true);
    }
  });

  document.getElementById("submit-token").addEventListener("click", () => {
    sendToken(document.getElementById("token").value.trim());
  });

  document.getElementById("logout").addEventListener("click", async () => {
    await fetch("/api/logout", {method: "POST"});
    showHolder(null);
  });

  fetch("/api/me").then((response) => response.ok ? response.json() : null)
      .then((answer) => showHolder(answer ? answer.holder : null));
})();
