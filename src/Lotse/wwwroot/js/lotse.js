// Progressive enhancement only: every form works without this file.
(function () {
  "use strict";

  // Facet checkboxes and the sort select apply at once; the submit button stays for keyboard and no-JS use.
  document.querySelectorAll("form[data-auto-submit]").forEach(function (form) {
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target && target.matches("[data-auto-submit-field]")) {
        submitClean(form);
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submitClean(form);
    });
  });

  document.querySelectorAll("form[data-clean-url]").forEach(function (form) {
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
    disabled.forEach(function (field) { field.disabled = false; });
  }
})();
