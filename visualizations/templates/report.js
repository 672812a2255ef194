/* synergy report runtime: tables that open in place, CSV downloads from the embedded data,
   presenter mode. Every text from data goes into the page with textContent. */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function save(blob, name) {
    if (window.synergyDownload) { window.synergyDownload(blob, name); return; }
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url; a.download = name; a.style.display = "none";
    document.body.appendChild(a); a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }
  window.synergySave = save;  // the decision buttons' script (review.js) downloads the same way

  // CSV as spreadsheets read it: UTF-8 with a BOM, every cell quoted, no live formula
  function csvCell(value) {
    var text = Array.isArray(value) ? value.join("; ") : String(value === null || value === undefined ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return '"' + text.replace(/"/g, '""') + '"';
  }
  function toCsv(data) {
    var lines = [data.columns.map(csvCell).join(",")];
    data.rows.forEach(function (row) { lines.push(row.map(csvCell).join(",")); });
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }

  function rowElement(row, data) {
    var tr = el("tr");
    for (var i = 0; i < data.shown; i += 1) {
      var td = el("td", data.classes[i] || null);
      var cell = row[i];
      if (Array.isArray(cell)) {
        var ul = el("ul", "plain");
        cell.forEach(function (x) { ul.appendChild(el("li", null, x)); });
        td.appendChild(ul);
      } else {
        td.textContent = cell === null || cell === undefined ? "" : String(cell);
      }
      tr.appendChild(td);
    }
    return tr;
  }

  function initTable(box) {
    var source = box.querySelector("script.tbl-data");
    if (!source) { return; }
    var data = null;
    function load() { if (!data) { data = JSON.parse(source.textContent); } return data; }
    var csv = box.querySelector(".tbl-csv");
    if (csv) {
      csv.addEventListener("click", function () {
        save(new Blob([toCsv(load())], { type: "text/csv;charset=utf-8" }), box.getAttribute("data-file") || "tabel.csv");
      });
    }
    var more = box.querySelector(".tbl-more");
    if (!more) { return; }
    var body = box.querySelector("tbody");
    var first = body.children.length;
    var label = more.textContent;
    var count = box.querySelector(".count");
    more.addEventListener("click", function () {
      var d = load();
      if (box.getAttribute("data-open") === "true") {
        while (body.children.length > first) { body.removeChild(body.lastChild); }
        box.setAttribute("data-open", "false");
        more.textContent = label;
        if (count) { count.hidden = false; }
        return;
      }
      var frag = document.createDocumentFragment();
      d.rows.slice(first).forEach(function (row) { frag.appendChild(rowElement(row, d)); });
      body.appendChild(frag);
      box.setAttribute("data-open", "true");
      more.textContent = more.getAttribute("data-less");
      if (count) { count.hidden = true; }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".tbl"), initTable);
    var root = document.documentElement;
    var presenter = document.querySelector("header.report-head .presenter");
    function setPresenting(on) {
      root.classList.toggle("presenting", on);
      if (presenter) { presenter.setAttribute("aria-pressed", on ? "true" : "false"); }
      (window.synergyMaps || []).forEach(function (s) { setTimeout(s.fit, 50); });
    }
    if (presenter) {
      presenter.addEventListener("click", function () {
        var on = !root.classList.contains("presenting");
        setPresenting(on);
        try {
          if (on && root.requestFullscreen) { root.requestFullscreen().catch(function () {}); }
          else if (!on && document.fullscreenElement) { document.exitFullscreen().catch(function () {}); }
        } catch (err) { /* full screen refused: large type all the same */ }
      });
    }
    document.addEventListener("fullscreenchange", function () {
      if (!document.fullscreenElement && root.classList.contains("presenting")) { setPresenting(false); }
    });
    // in presenter mode the arrow keys and page keys go from one section to the next
    document.addEventListener("keydown", function (ev) {
      if (!root.classList.contains("presenting")) { return; }
      if (ev.target && /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName)) { return; }
      var forward = ev.key === "ArrowRight" || ev.key === "PageDown";
      var back = ev.key === "ArrowLeft" || ev.key === "PageUp";
      if (!forward && !back) { return; }
      var sections = Array.prototype.slice.call(document.querySelectorAll("section.report-section"));
      var y = window.scrollY + 5, target = null;
      sections.forEach(function (s) {
        var top = s.getBoundingClientRect().top + window.scrollY;
        if (forward && top > y && !target) { target = s; }
        if (back && top < y - 10) { target = s; }
      });
      if (target) { ev.preventDefault(); target.scrollIntoView(); }
    });
    var print = document.querySelector("header.report-head .print");
    if (print) { print.addEventListener("click", function () { window.print(); }); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
