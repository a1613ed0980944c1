// SecureBase workshop pages: small enhancements only; every page works without this file.
(function () {
  "use strict";
  // The countdown: the visible time each half minute, a polite announcement at 10, 5 and 1
  // minutes left, and a reload when the time is up (the server then submits).
  var timer = document.getElementById("timer");
  var announce = document.getElementById("timer-announce");
  if (timer && timer.dataset.seconds) {
    // Counted from the page's arrival with the server's figure: the device's own clock may be wrong.
    var deadline = Date.now() + Number(timer.dataset.seconds) * 1000;
    var said = {};
    var tick = function () {
      var left = Math.ceil((deadline - Date.now()) / 60000);
      if (left <= 0) {
        window.location.reload();
        return;
      }
      timer.textContent = left <= 1 ? "under a minute left" : left + " min left";
      [10, 5, 1].forEach(function (m) {
        if (left <= m && !said[m] && announce) {
          said[m] = true;
          announce.textContent = (m === 1 ? "One minute" : m + " minutes") + " left.";
        }
      });
    };
    tick();
    window.setInterval(tick, 30000);
  }
  // An open answer's character count follows the typing (the server counts the same way on saving).
  document.querySelectorAll("textarea[data-count]").forEach(function (area) {
    var counted = document.querySelector("#" + area.dataset.count + " [data-counted]");
    if (!counted) {
      return;
    }
    area.addEventListener("input", function () {
      counted.textContent = String(Array.from(area.value.replace(/\r\n/g, "\n")).length);
    });
  });
  // The instructor's dashboard refreshes itself, but not while the instructor is typing minutes of
  // extra time into one of its forms.
  var refresh = document.querySelector("[data-refresh]");
  if (refresh) {
    var later = function () {
      var active = document.activeElement;
      if (active && active.closest && active.closest("form.extend")) {
        window.setTimeout(later, Number(refresh.dataset.refresh) * 1000);
      } else {
        window.location.reload();
      }
    };
    window.setTimeout(later, Number(refresh.dataset.refresh) * 1000);
  }
})();
