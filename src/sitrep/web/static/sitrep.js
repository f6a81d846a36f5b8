// The evidence a link asked for is brought into view and flashed once.
(function () {
  "use strict";
  var first = document.getElementById("evidence");
  if (first && window.location.hash === "#evidence") {
    first.scrollIntoView({ block: "center" });
    var marks = document.querySelectorAll("mark.evidence");
    marks.forEach(function (m) { m.classList.add("flash"); });
    window.setTimeout(function () { marks.forEach(function (m) { m.classList.remove("flash"); }); }, 2500);
  }
})();
