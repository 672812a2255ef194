/* synergy maps runtime: draws every .syn-map of the page with vis-network.
   Every text that comes from data is put in the page with textContent, never as HTML. */
(function () {
  "use strict";
  var registry = [];
  window.synergyMaps = registry;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function fold(s) {
    return String(s || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  // a file made in the page (CSV, PNG) handed to the browser's download: no request leaves the page
  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }
  window.synergyDownload = download;

  function slug(s) {
    return fold(s).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "peta";
  }

  function tooltip(item) {
    var box = el("div", "syn-tip");
    box.appendChild(el("strong", null, item.name));
    (item.details || []).forEach(function (pair) {
      box.appendChild(el("div", null, pair[0] ? pair[0] + ": " + pair[1] : pair[1]));
    });
    (item.findings || []).slice(0, 4).forEach(function (f) {
      box.appendChild(el("div", "syn-finding", "\u25B8 " + f));
    });
    if ((item.findings || []).length > 4) {
      box.appendChild(el("div", "syn-finding", "\u2026 +" + (item.findings.length - 4)));
    }
    return box;
  }

  function plainTip(item) {
    var lines = [item.name];
    (item.details || []).forEach(function (pair) { lines.push(pair[0] ? pair[0] + ": " + pair[1] : pair[1]); });
    (item.findings || []).slice(0, 4).forEach(function (f) { lines.push("\u25B8 " + f); });
    return lines.join("\n");
  }

  function tiesText(T, ties) {
    var keys = ["ties_duplicate", "ties_data", "ties_dependency"], parts = [];
    (ties || []).forEach(function (n, i) { if (n) { parts.push(T[keys[i]].replace("{n}", n)); } });
    return parts.join("; ");
  }

  // a list that shows its first items and the rest on request, in place
  function longList(items, cls, T, first) {
    var ul = el("ul", cls);
    items.forEach(function (item, i) {
      var li = (typeof item === "string") ? el("li", null, item) : item;
      if (i >= first) { li.hidden = true; }
      ul.appendChild(li);
    });
    if (items.length > first) {
      var more = el("li");
      var b = el("button", "syn-link", T.more_items.replace("{n}", items.length - first));
      b.type = "button";
      b.addEventListener("click", function () {
        Array.prototype.forEach.call(ul.children, function (li) { li.hidden = false; });
        more.remove();
      });
      more.appendChild(b);
      ul.appendChild(more);
    }
    return ul;
  }

  function init(root) {
    var source = document.getElementById(root.getAttribute("data-source"));
    var data = JSON.parse(source.textContent);
    var T = data.text;
    var byId = {};
    var big = data.nodes.length > 1000;  // thousands of tooltip elements would slow the start
    var fontScale = 1;
    function nodeItem(n) {
      var item = {
        id: n.id, label: n.display, shape: n.shape, size: n.size, x: n.x, y: n.y,
        font: { size: Math.round(n.font * fontScale), background: n.kind === "agency" ? "rgba(255,255,255,0.9)" : undefined },
        // a name drawn from a multiple of the opening zoom waits for fit() to know that zoom
        scaling: { label: n.lod_zoom ? { drawThreshold: 1e9, maxVisible: 40 } : { drawThreshold: n.lod, maxVisible: 40 } },
        color: { background: n.color, border: "#333333",
                 highlight: { background: n.color, border: "#000000" },
                 hover: { background: n.color, border: "#000000" } }
      };
      if (n.focus) { item.borderWidth = 4; }
      return item;
    }
    var nodeItems = data.nodes.map(function (n) {
      byId[n.id] = n;
      var item = nodeItem(n);
      item.title = big ? plainTip(n) : tooltip(n);
      return item;
    });
    var strongest = 1;
    data.edges.forEach(function (e) { if (e.width && e.width > strongest) { strongest = e.width; } });
    var edgeItems = data.edges.map(function (e, i) {
      var rel = data.relations[e.relation];
      // a plain string: vis-network shows it with innerText, never as HTML
      var title = e.title || (byId[e.from].name + " \u2192 " + rel.label + " \u2192 " + byId[e.to].name);
      var color = { color: rel.color, highlight: "#000000", hover: "#000000", inherit: false };
      // on the agency map lines stay light (the names are what a room reads), stronger with more ties
      // (duplicated work, dotted, stays the strongest: it is what the meeting decides on)
      if (e.ties) { color.opacity = (e.relation === "tie_duplicate" ? 0.5 : 0.15) + 0.35 * (e.width || 1) / strongest; }
      return {
        id: "e" + i, from: e.from, to: e.to, width: e.width || rel.width,
        dashes: rel.dashes.length ? rel.dashes : false,
        color: color,
        arrows: rel.arrow ? { to: { enabled: true, scaleFactor: 0.6 } } : { to: { enabled: false } },
        title: title
      };
    });
    var nodes = new vis.DataSet(nodeItems);
    var edges = new vis.DataSet(edgeItems);
    var canvas = root.querySelector(".syn-canvas");
    var network = new vis.Network(canvas, { nodes: nodes, edges: edges }, data.options);
    var side = root.querySelector(".syn-side");
    var state = { network: network, nodes: nodes, edges: edges, data: data, root: root };
    registry.push(state);
    root.synergy = state;

    function visibleIds() {
      return nodes.getIds({ filter: function (n) { return !n.hidden; } });
    }
    function fit() {
      var ids = visibleIds();
      // vis-network never zooms past 1 on its own: a big screen would show a small map
      network.fit({ nodes: ids.length ? ids : undefined, animation: false, maxZoomLevel: 2.5 });
      if (ids.length === data.nodes.length) { fitted = network.getScale(); }
      zoomedNames();
    }
    // names of a crowded map's untied agencies appear from lod_zoom times the zoom that fits the
    // whole map on this screen (a fixed pixel threshold let a large screen's fit draw them all over
    // each other) and keep lod_size times the size names had at that fit, so zooming further
    // spreads them apart (the layout keeps them that much room);
    // an agency chosen in the filter (with its few partners) always shows its name
    var fitted = 1;
    var zoomed = data.nodes.filter(function (n) { return n.lod_zoom; });
    function zoomedNames() {
      if (!zoomed.length) { return; }
      var scale = network.getScale();
      var from = (agencySel && agencySel.value) ? 0 : fitted;
      nodes.update(zoomed.map(function (n) {
        return {
          id: n.id,
          // the white outline shrinks with the name: at its full width (4 map units) around a name
          // a third as large, each line's outline covered the foot of the line above
          font: { size: n.font * fontScale * fitted * n.lod_size / scale,
                  strokeWidth: data.options.nodes.font.strokeWidth * Math.min(1, fitted / scale),
                  background: "rgba(255,255,255,0.9)" },
          scaling: { label: { drawThreshold: scale >= from * n.lod_zoom * 0.999 ? 0 : 1e9, maxVisible: 40 } }
        };
      }));
    }
    network.on("zoom", zoomedNames);
    state.fit = fit;

    function neighbours(id) {
      var out = [];
      data.edges.forEach(function (e) {
        var label = e.ties ? tiesText(T, e.ties) : data.relations[e.relation].label;
        if (e.from === id && byId[e.to]) { out.push([label, e.to]); }
        else if (e.to === id && byId[e.from]) { out.push([label, e.from]); }
      });
      return out;
    }

    function openSide() {
      side.textContent = "";
      side.classList.add("open");
      var close = el("button", "syn-close", "\u00D7");
      close.type = "button";
      close.title = T.close;
      close.setAttribute("aria-label", T.close);
      close.addEventListener("click", function () { side.classList.remove("open"); network.unselectAll(); });
      side.appendChild(close);
    }

    function goTo(id) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
      zoomedNames();
      show(id);
    }

    function show(id) {
      var n = byId[id];
      if (!n) { return; }
      openSide();
      side.appendChild(el("h3", "syn-node-name", n.name));
      var dl = el("dl");
      (n.details || []).forEach(function (pair) {
        if (pair[0]) {
          dl.appendChild(el("dt", null, pair[0]));
          dl.appendChild(el("dd", null, pair[1]));
        } else {
          dl.appendChild(el("dd", "syn-wide", pair[1]));
        }
      });
      side.appendChild(dl);
      var links = neighbours(id);
      if (data.view === "agencies" && links.length) {
        var focus = el("button", "syn-focus", T.focus_partners);
        focus.type = "button";
        focus.addEventListener("click", function () { agencySel.value = id; applyFilter(); show(id); });
        side.appendChild(focus);
      }
      if ((n.findings || []).length) {
        side.appendChild(el("h4", null, T.findings));
        side.appendChild(longList(n.findings, "syn-findings", T, 8));
      }
      (n.lists || []).forEach(function (pair) {
        side.appendChild(el("h4", null, pair[0]));
        side.appendChild(longList(pair[1], "syn-list", T, 12));
      });
      if (links.length) {
        side.appendChild(el("h4", null, (data.view === "agencies" ? T.partners : T.connections) + " (" + links.length + ")"));
        var items = links.map(function (pair) {
          var li = el("li");
          var b = el("button", "syn-link", byId[pair[1]].name);
          b.type = "button";
          b.addEventListener("click", function () { goTo(pair[1]); });
          if (data.view === "agencies") { li.appendChild(b); li.appendChild(document.createTextNode(": " + pair[0])); }
          else { li.appendChild(document.createTextNode(pair[0] + ": ")); li.appendChild(b); }
          return li;
        });
        side.appendChild(longList(items, "syn-neighbours", T, 30));
      }
      root.setAttribute("data-selected", id);
    }

    network.on("click", function (params) {
      if (params.nodes && params.nodes.length) { show(params.nodes[0]); }
    });

    // search by name (or id), folding case and accents
    var input = root.querySelector(".syn-search");
    function search() {
      var q = fold(input.value).trim();
      if (!q) { side.classList.remove("open"); return; }
      var found = data.nodes.filter(function (n) {
        return fold(n.name).indexOf(q) >= 0 || fold(n.id).indexOf(q) >= 0;
      });
      if (found.length === 1) { goTo(found[0].id); return; }
      openSide();
      side.appendChild(el("h4", null, T.matches + " (" + found.length + ")"));
      if (!found.length) { side.appendChild(el("p", "syn-hint", T.no_match)); return; }
      var list = el("ul", "syn-results");
      found.slice(0, 50).forEach(function (n) {
        var li = el("li");
        var b = el("button", "syn-link", n.name);
        b.type = "button";
        b.addEventListener("click", function () { goTo(n.id); });
        li.appendChild(b);
        list.appendChild(li);
      });
      side.appendChild(list);
    }
    input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(); } });
    root.querySelector(".syn-search-go").addEventListener("click", search);

    // filters: agency (with its partners on the agency map) and dimension; the view zooms to what is left
    var agencySel = root.querySelector(".syn-agency");
    var dimSel = root.querySelector(".syn-dim");
    function fill(select, pairs) {
      pairs.forEach(function (p) {
        var o = el("option", null, p[1]);
        o.value = p[0];
        select.appendChild(o);
      });
    }
    fill(agencySel, data.agencies);
    fill(dimSel, data.dimensions);
    function applyFilter() {
      var a = agencySel.value, d = dimSel.value, updates = [], shown = 0;
      data.nodes.forEach(function (n) {
        var visible = (!a || n.ag.indexOf(a) >= 0) && (!d || n.dm.indexOf(d) >= 0);
        if (visible) { shown += 1; }
        updates.push({ id: n.id, hidden: !visible });
      });
      nodes.update(updates);
      root.setAttribute("data-visible", String(shown));
      fit();
    }
    agencySel.addEventListener("change", applyFilter);
    dimSel.addEventListener("change", applyFilter);
    root.querySelector(".syn-reset").addEventListener("click", function () {
      agencySel.value = ""; dimSel.value = ""; input.value = "";
      applyFilter(); side.classList.remove("open"); network.unselectAll();
    });

    // the current view as a PNG for slides: white ground, the title on top
    root.querySelector(".syn-png").addEventListener("click", function () {
      var src = canvas.querySelector("canvas");
      var ratio = src.width / Math.max(src.clientWidth, 1);
      var head = Math.round(44 * ratio);
      var out = document.createElement("canvas");
      out.width = src.width;
      out.height = src.height + head;
      var ctx = out.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.fillStyle = "#1a1a1a";
      ctx.font = "bold " + Math.round(22 * ratio) + "px Arial, Helvetica, sans-serif";
      ctx.textBaseline = "middle";
      ctx.fillText(data.title, Math.round(12 * ratio), Math.round(head / 2));
      ctx.drawImage(src, 0, head);
      out.toBlob(function (blob) { download(blob, slug(data.title) + ".png"); }, "image/png");
    });

    // presenter mode: the map fills the screen and every label grows
    var present = root.querySelector(".syn-present");
    function setPresenting(on) {
      root.classList.toggle("syn-presenting", on);
      present.setAttribute("aria-pressed", on ? "true" : "false");
      fontScale = on ? 1.35 : 1;
      nodes.update(data.nodes.filter(function (n) { return !n.lod_zoom; })
        .map(function (n) { return { id: n.id, font: { size: Math.round(n.font * fontScale) } }; }));
      setTimeout(fit, 50);
    }
    present.addEventListener("click", function () {
      var on = !root.classList.contains("syn-presenting");
      setPresenting(on);
      try {
        if (on && root.requestFullscreen) { root.requestFullscreen().catch(function () {}); }
        else if (!on && document.fullscreenElement) { document.exitFullscreen().catch(function () {}); }
      } catch (err) { /* full screen refused: the map still fills the window */ }
    });
    document.addEventListener("fullscreenchange", function () {
      if (!document.fullscreenElement && root.classList.contains("syn-presenting")) { setPresenting(false); }
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && root.classList.contains("syn-presenting")) { setPresenting(false); }
    });

    // "ready" once drawn with nodes at rest: after the physics settled, when it runs at all
    var physicsOn = !!(data.options.physics && data.options.physics.enabled);
    var settled = !physicsOn, ready = false;
    network.on("afterDrawing", function () {
      if (!ready && settled) { ready = true; root.setAttribute("data-state", "ready"); }
    });
    if (physicsOn) {
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        settled = true;
        fit();
        network.redraw();
      });
    } else {
      fit();
    }
    if (data.focus && byId[data.focus]) { network.selectNodes([data.focus]); root.setAttribute("data-selected", data.focus); }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".syn-map[data-source]"), init);
    // a canvas that changed size (window, presenter mode) shows the whole map again
    var timer = null;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { registry.forEach(function (s) { s.fit(); }); }, 150);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
