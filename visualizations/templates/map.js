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

  function init(root) {
    var source = document.getElementById(root.getAttribute("data-source"));
    var data = JSON.parse(source.textContent);
    var T = data.text;
    var byId = {};
    var big = data.nodes.length > 1000;  // thousands of tooltip elements would slow the start
    var nodeItems = data.nodes.map(function (n) {
      byId[n.id] = n;
      var item = {
        id: n.id, label: n.display, shape: n.shape, size: n.size, x: n.x, y: n.y,
        color: { background: n.color, border: "#333333",
                 highlight: { background: n.color, border: "#000000" },
                 hover: { background: n.color, border: "#000000" } },
        title: big ? plainTip(n) : tooltip(n)
      };
      if (n.focus) { item.borderWidth = 4; }
      return item;
    });
    var edgeItems = data.edges.map(function (e, i) {
      var rel = data.relations[e.relation];
      // a plain string: vis-network shows it with innerText, never as HTML
      var title = e.title || (byId[e.from].name + " \u2192 " + rel.label + " \u2192 " + byId[e.to].name);
      return {
        id: "e" + i, from: e.from, to: e.to, width: e.width || rel.width,
        dashes: rel.dashes.length ? rel.dashes : false,
        color: { color: rel.color, highlight: "#000000", hover: "#000000", inherit: false },
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

    function neighbours(id) {
      var out = [];
      data.edges.forEach(function (e) {
        var label = data.relations[e.relation].label;
        if (e.from === id && byId[e.to]) { out.push([label, e.to]); }
        else if (e.to === id && byId[e.from]) { out.push([label, e.from]); }
      });
      return out;
    }

    function goTo(id) {
      network.selectNodes([id]);
      network.focus(id, { scale: 1.1, animation: false });
      show(id);
    }

    function show(id) {
      var n = byId[id];
      if (!n) { return; }
      side.textContent = "";
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
      if ((n.findings || []).length) {
        side.appendChild(el("h4", null, T.findings));
        var ul = el("ul", "syn-findings");
        n.findings.forEach(function (f) { ul.appendChild(el("li", null, f)); });
        side.appendChild(ul);
      }
      var links = neighbours(id);
      if (links.length) {
        side.appendChild(el("h4", null, T.connections + " (" + links.length + ")"));
        var list = el("ul", "syn-neighbours");
        links.slice(0, 60).forEach(function (pair) {
          var li = el("li", null, pair[0] + ": ");
          var b = el("button", "syn-link", byId[pair[1]].name);
          b.type = "button";
          b.addEventListener("click", function () { goTo(pair[1]); });
          li.appendChild(b);
          list.appendChild(li);
        });
        side.appendChild(list);
      }
      root.setAttribute("data-selected", id);
    }

    function hint() {
      side.textContent = "";
      side.appendChild(el("p", "syn-hint", T.panel_hint));
    }

    network.on("click", function (params) {
      if (params.nodes && params.nodes.length) { show(params.nodes[0]); }
    });

    // search by name (or id), folding case and accents
    var input = root.querySelector(".syn-search");
    function search() {
      var q = fold(input.value).trim();
      if (!q) { hint(); return; }
      var found = data.nodes.filter(function (n) {
        return fold(n.name).indexOf(q) >= 0 || fold(n.id).indexOf(q) >= 0;
      });
      if (found.length === 1) { goTo(found[0].id); return; }
      side.textContent = "";
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

    // filters: agency and dimension
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
    }
    agencySel.addEventListener("change", applyFilter);
    dimSel.addEventListener("change", applyFilter);
    root.querySelector(".syn-reset").addEventListener("click", function () {
      agencySel.value = ""; dimSel.value = ""; input.value = "";
      applyFilter(); hint(); network.unselectAll(); network.fit();
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
        network.redraw();
      });
    }
    if (data.focus && byId[data.focus]) { show(data.focus); } else { hint(); }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".syn-map[data-source]"), init);
    // paper has another size than the screen: show each whole map on it
    function fitAll() {
      registry.forEach(function (s) { s.network.redraw(); s.network.fit({ animation: false }); });
    }
    window.addEventListener("beforeprint", fitAll);
    if (window.matchMedia) {
      var print = window.matchMedia("print");
      if (print.addEventListener) { print.addEventListener("change", fitAll); }
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
