// ASVS 2.1.8: the strength meter under a new-password field (Features/Accounts/_PasswordStrength.cshtml).
// Only a help while choosing: it never blocks sending; the server's password rules decide. The estimate is
// zxcvbn-ts (vendor/zxcvbn-ts, loaded before this file); the texts come from the markup, German from the server.
(function () {
  "use strict";

  var estimator = window.lotseZxcvbn;
  if (!estimator) {
    return;
  }

  document.querySelectorAll("[data-strength-for]").forEach(function (meter) {
    var field = document.getElementById(meter.getAttribute("data-strength-for"));
    var bar = meter.querySelector("meter");
    var label = meter.querySelector("[data-strength-label]");
    var advice = meter.querySelector("[data-strength-advice]");
    if (!field || !bar || !label || !advice) {
      return;
    }
    var levels = JSON.parse(meter.getAttribute("data-strength-levels"));
    var empty = label.textContent;
    var prefix = meter.getAttribute("data-strength-prefix");
    var userInputs = words(JSON.parse(meter.getAttribute("data-strength-inputs") || "[]"));
    var pending = 0;

    function show() {
      var password = field.value;
      var result = password ? estimator.check(password, userInputs) : null;
      // One step more than the score, so that "sehr schwach" still shows a sliver of bar.
      bar.value = result ? result.score + 1 : 0;
      label.textContent = result ? prefix + " " + levels[result.score] : empty;
      advice.textContent = result
        ? [result.feedback.warning].concat(result.feedback.suggestions).filter(Boolean).join(" ")
        : "";
      advice.hidden = advice.textContent === "";
    }

    // Waits for a pause in typing, so a screen reader announces the result once rather than per key.
    field.addEventListener("input", function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(show, 300);
    });
    meter.hidden = false;
    if (field.value) {
      show();
    }
  });

  // The e-mail address and the user name count as known to an attacker, and so do their parts ("anna", "schmidt").
  function words(inputs) {
    var all = [];
    inputs.forEach(function (input) {
      all.push(input);
      input.split(/[^0-9A-Za-zÀ-ÿ]+/).forEach(function (part) {
        if (part.length >= 3 && all.indexOf(part) < 0) {
          all.push(part);
        }
      });
    });
    return all;
  }
})();
