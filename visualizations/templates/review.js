/* synergy report: the analyst's decisions made on the page, downloaded as keputusan.csv.
   Offline: the CSV is built from the data embedded in the page (a Blob download, no request). */
(function () {
  "use strict";

  // a data file for synergy, not a sheet: quoted cells, the text as it is
  function cell(value) {
    return '"' + String(value === null || value === undefined ? "" : value).replace(/"/g, '""') + '"';
  }

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function start(box) {
    var source = box.getAttribute("data-decide");
    if (!source) { return; }
    var data = JSON.parse(source);
    var byKey = {};
    data.findings.forEach(function (f) { byKey[f.key] = f; });
    var chosen = {};  // key -> decision made on this page ("" takes a decision back)
    var count = box.querySelector(".decide-count");

    function refresh() {
      var n = Object.keys(chosen).length;
      if (count) { count.textContent = n ? data.changed.replace("{n}", String(n)) : ""; }
    }

    Array.prototype.forEach.call(box.querySelectorAll("tr[data-key]"), function (tr) {
      var key = tr.getAttribute("data-key");
      var buttons = tr.querySelectorAll("button[data-decision]");
      Array.prototype.forEach.call(buttons, function (button) {
        button.addEventListener("click", function () {
          var value = button.getAttribute("data-decision");
          var on = button.getAttribute("aria-pressed") !== "true";
          Array.prototype.forEach.call(buttons, function (b) { b.setAttribute("aria-pressed", "false"); });
          if (on) { button.setAttribute("aria-pressed", "true"); }
          var now = on ? value : "";
          if (now === (byKey[key].decision || "")) { delete chosen[key]; } else { chosen[key] = now; }
          refresh();
        });
      });
    });

    function csv() {
      var columns = data.columns.concat(data.extra_columns);
      var lines = [columns.map(cell).join(",")];
      data.decisions.forEach(function (row) {
        if (Object.prototype.hasOwnProperty.call(chosen, row.key)) { return; }  // replaced on this page
        lines.push(columns.map(function (c) { return cell(row[c]); }).join(","));
      });
      var by = (box.querySelector(".decide-by") || {}).value || "";
      data.findings.forEach(function (f) {
        var value = chosen[f.key];
        if (!value) { return; }
        var row = { kind: f.kind, a: f.a, b: f.b, decision: value, note: "", by: by, date: today(),
                    fingerprint: f.fingerprint };
        lines.push(columns.map(function (c) { return cell(row[c]); }).join(","));
      });
      return lines.join("\r\n") + "\r\n";
    }

    var download = box.querySelector(".decide-download");
    if (download) {
      download.addEventListener("click", function () {
        window.synergySave(new Blob([csv()], { type: "text/csv;charset=utf-8" }), "keputusan.csv");
      });
    }
    refresh();
  }

  function init() { Array.prototype.forEach.call(document.querySelectorAll("details.decide"), start); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
