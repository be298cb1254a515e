// Optional progressive enhancement; every page works without it.
// Forms marked data-autosubmit re-submit (debounced) when a field changes, e.g. the cost what-if page.
(function () {
    "use strict";
    document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
        var timer = null;
        form.addEventListener("change", function () {
            clearTimeout(timer);
            timer = setTimeout(function () { form.requestSubmit ? form.requestSubmit() : form.submit(); }, 300);
        });
    });
})();
