// claimledger pages: tooltips for marked-up spans ([data-tip]), and the speaker legend as a filter.
// Loaded from this server only (the CSP allows no inline script); every text it shows is set with
// textContent, never parsed as HTML.
(function () {
  "use strict";

  function tipBox() {
    return document.getElementById("tip");
  }

  function show(el) {
    var tip = tipBox();
    if (!tip) return;
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }

  function hide() {
    var tip = tipBox();
    if (tip) tip.hidden = true;
  }

  function target(event) {
    return event.target instanceof Element ? event.target.closest("[data-tip]") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var el = target(event);
    if (el) show(el);
    else hide();
  });
  document.addEventListener("focusin", function (event) {
    var el = target(event);
    if (el) show(el);
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });

  // Clicking a speaker in the legend dims every other speaker's statements.
  document.addEventListener("click", function (event) {
    var item = event.target instanceof Element ? event.target.closest(".legend-speaker") : null;
    if (!item) return;
    var swatch = item.querySelector(".swatch");
    var colour = swatch ? Array.prototype.find.call(swatch.classList, function (c) { return c.indexOf("spk-") === 0; }) : null;
    var text = item.closest(".ledger") && item.closest(".ledger").querySelector(".article-text");
    if (!colour || !text) return;
    var on = !item.classList.contains("active");
    item.parentNode.querySelectorAll(".legend-speaker").forEach(function (li) { li.classList.remove("active"); });
    text.querySelectorAll(".stmt").forEach(function (s) {
      s.classList.toggle("dim", on && !s.classList.contains(colour));
    });
    item.classList.toggle("active", on);
  });
})();
