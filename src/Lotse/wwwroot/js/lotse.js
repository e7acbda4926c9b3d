// Progressive enhancement only: every form works without this file.
(function () {
  "use strict";

  var focusKey = "lotse-focus";

  // After an automatic reload, keyboard and screen reader users continue where they were.
  try {
    var focusId = window.sessionStorage.getItem(focusKey);
    if (focusId) {
      window.sessionStorage.removeItem(focusKey);
      var target = document.getElementById(focusId);
      if (target) {
        target.focus();
      }
    }
  } catch (e) {
    // Storage may be disabled; focus then starts at the top as without script.
  }

  // An error summary (id "fehler", role=alert) takes focus after a failed post, so it is read first;
  // its links (and the skip link) move focus to their target, which a plain fragment link may only scroll to.
  var summary = document.getElementById("fehler");
  if (summary && !document.activeElement.closest("form")) {
    summary.focus();
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[role=alert] a[href^='#'], a.lotse-skip-link");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: "center" });
    }
  });

  // "Passwort anzeigen": shows the typed password as text; it is a password field again before the form is sent,
  // so that the browser's password manager still recognises it.
  document.querySelectorAll("[data-reveal-for]").forEach(function (box) {
    var field = document.getElementById(box.getAttribute("data-reveal-for"));
    var wrapper = box.closest("[data-reveal-box]");
    if (!field || !wrapper) {
      return;
    }
    wrapper.hidden = false;
    box.addEventListener("change", function () {
      field.type = box.checked ? "text" : "password";
    });
    if (field.form) {
      field.form.addEventListener("submit", function () {
        field.type = "password";
      });
    }
  });

  // Facet checkboxes and the sort selects apply at once; the submit buttons stay for use without script.
  document.querySelectorAll("form[data-auto-submit]").forEach(function (form) {
    form.addEventListener("change", function (event) {
      var field = event.target;
      // The text field is left out: it changes on leaving it, not when the user is done.
      if (field && field.matches("input[type=checkbox], select")) {
        try {
          window.sessionStorage.setItem(focusKey, field.id);
        } catch (e) {
          // see above
        }
        submitClean(form);
      }
    });
  });

  document.querySelectorAll("form[data-auto-submit], form[data-clean-url]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitClean(form);
    });
  });

  // Empty fields ("alle") are left out so that shared addresses stay short.
  function submitClean(form) {
    var disabled = [];
    form.querySelectorAll("input[name], select[name]").forEach(function (field) {
      if (!field.disabled && field.value === "" && field.type !== "checkbox") {
        field.disabled = true;
        disabled.push(field);
      }
    });
    form.submit();
    disabled.forEach(function (field) {
      field.disabled = false;
    });
  }
})();
