/* Map page behaviour: draw the network, legend with show/hide per type, search, details.
 *
 * Safety: every piece of document text (labels, aliases, titles, evidence) reaches the page
 * only through textContent / DOM nodes or the canvas, never innerHTML, and no vis-network
 * "title" is set (vis would render a string title as HTML in older versions).
 * The data block is JSON in a <script type="application/json"> whose "<", ">" and "&" are
 * \u-escaped by the Python side, so it cannot close its own tag.
 */
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var types = {};
  data.types.forEach(function (t) { types[t.name] = t; });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function norm(s) {
    return String(s || "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function typeName(t) {
    var spec = types[t];
    return spec ? spec.zh + " " + spec.en : t;
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  timings.datasets = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  timings.network = performance.now();
  // vis-network fits the view to the nodes, not to the labels drawn beside them: leave room.
  network.moveTo({ scale: network.getScale() * 0.85, animation: false });

  var kgMap = window.kgMap = {
    network: network, nodes: nodes, edges: edges, ready: false,
    nodeCount: null, edgeCount: null, firstDrawMs: null, meta: data.meta, timings: timings
  };
  function visibleCounts() {
    return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
  }
  kgMap.visibleCounts = visibleCounts;
  network.once("afterDrawing", function () {
    kgMap.firstDrawMs = timings.firstDraw = performance.now();
    var c = visibleCounts();
    kgMap.nodeCount = c.nodes;
    kgMap.edgeCount = c.edges;
    document.body.dataset.nodeCount = String(c.nodes);
    document.body.dataset.edgeCount = String(c.edges);
    document.body.dataset.ready = "true";
    kgMap.ready = true;
  });

  /* ---------------------------------------------------------------- large maps: labels on zoom */
  // Large maps start with few labels (vis-network measures every label before its first
  // draw); once zoomed in far enough to read them, label what is in view, and draw arrows.
  function edgeLabel(info) { return info.en && info.en !== info.zh ? info.zh + " " + info.en : info.zh; }
  var labelled = {}, edgeLabelled = {}, arrowsOn = false, labelTimer = null;
  data.nodes.forEach(function (n) { if (n.label !== undefined) { labelled[n.id] = true; } });
  function labelInView() {
    labelTimer = null;
    if (network.getScale() < data.meta.labelScale) { return; }
    if (!arrowsOn) {
      arrowsOn = true;
      network.setOptions({ edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } } } });
    }
    var w = container.clientWidth, h = container.clientHeight;
    var a = network.DOMtoCanvas({ x: 0, y: 0 }), b = network.DOMtoCanvas({ x: w, y: h });
    var pos = network.getPositions(), newNodes = [], inView = {};
    Object.keys(pos).forEach(function (k) {
      var p = pos[k];
      if (p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y) {
        inView[k] = true;
        if (!labelled[k]) { labelled[k] = true; newNodes.push({ id: Number(k), label: data.nodeInfo[k].label }); }
      }
    });
    var newEdges = [];
    data.edges.forEach(function (e) {
      if (!edgeLabelled[e.id] && (inView[e.from] || inView[e.to])) {
        edgeLabelled[e.id] = true;
        newEdges.push({ id: e.id, label: edgeLabel(data.edgeInfo[e.id]) });
      }
    });
    if (newNodes.length) { nodes.update(newNodes); }
    if (newEdges.length) { edges.update(newEdges); }
  }
  if (data.meta.lazyLabels) {
    ["zoom", "dragEnd", "animationFinished"].forEach(function (ev) {
      network.on(ev, function () {
        if (labelTimer) { clearTimeout(labelTimer); }
        labelTimer = setTimeout(labelInView, 150);
      });
    });
  }
  kgMap.labelInView = labelInView;

  /* ---------------------------------------------------------------- details panel */
  var details = document.getElementById("kg-details-body");

  function addField(dl, label, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && value.length === 0)) { return; }
    dl.appendChild(el("dt", label));
    var dd = el("dd");
    if (Array.isArray(value)) {
      var ul = el("ul");
      value.forEach(function (v) { ul.appendChild(el("li", v)); });
      dd.appendChild(ul);
    } else if (value instanceof Node) {
      dd.appendChild(value);
    } else {
      dd.textContent = String(value);
    }
    dl.appendChild(dd);
  }

  function nodeLink(id) {
    var info = data.nodeInfo[id];
    var a = el("a", info.zh + (info.en ? " (" + info.en + ")" : ""), "kg-node-link");
    a.addEventListener("click", function () { focusNode(id); });
    return a;
  }

  function showNode(id) {
    var info = data.nodeInfo[id];
    if (!info) { return; }
    clear(details);
    details.dataset.kind = "node";
    details.dataset.id = String(id);
    details.appendChild(el("div", info.zh, "title"));
    var dl = el("dl");
    addField(dl, "英文名 English", info.en);
    addField(dl, "类型 Type", typeName(info.type));
    addField(dl, "别名 Aliases", info.aliases);
    info.attrs.forEach(function (kv) { addField(dl, kv[0], kv[1]); });
    addField(dl, "关系数 Degree", info.degree);
    addField(dl, "提及文档 Documents (" + info.documents.length + ")", info.documents);
    var ul = el("ul");
    network.getConnectedEdges(id).forEach(function (eid) {
      var e = edges.get(eid), ei = data.edgeInfo[eid];
      if (!e || !ei) { return; }
      var li = el("li");
      var out = e.from === id;
      li.appendChild(el("span", (out ? "→ " : "← ") + ei.zh + " " + ei.en + ": "));
      li.appendChild(nodeLink(out ? e.to : e.from));
      ul.appendChild(li);
    });
    if (ul.firstChild) { addField(dl, "关系 Connections", ul); }
    addField(dl, "IRI", info.iri);
    details.appendChild(dl);
  }

  function showEdge(eid) {
    var e = edges.get(eid), info = data.edgeInfo[eid];
    if (!e || !info) { return; }
    clear(details);
    details.dataset.kind = "edge";
    details.dataset.id = String(eid);
    details.appendChild(el("div", info.zh + " / " + info.en, "title"));
    var dl = el("dl");
    addField(dl, "主体 From", nodeLink(e.from));
    addField(dl, "客体 To", nodeLink(e.to));
    addField(dl, "证据数 Evidence count", info.count);
    addField(dl, "证据句 Evidence sentences", info.evidence);
    addField(dl, "来源文档 Documents", info.documents);
    if (!info.count) { addField(dl, "说明 Note", "由实体表直接给出 stated by the entity table"); }
    details.appendChild(dl);
  }

  kgMap.showNode = showNode;
  kgMap.showEdge = showEdge;

  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { showEdge(p.edges[0]); }
  });
  // Hovering previews details; a click (a selection) pins them until the selection is cleared.
  function pinned() {
    return network.getSelectedNodes().length > 0 || network.getSelectedEdges().length > 0;
  }
  network.on("hoverNode", function (p) { if (!pinned()) { showNode(p.node); } });
  network.on("hoverEdge", function (p) { if (!pinned()) { showEdge(p.edge); } });

  /* ---------------------------------------------------------------- legend: show/hide types */
  var legend = document.getElementById("kg-legend-list");
  var idsByType = {};
  data.nodes.forEach(function (n) { (idsByType[n.group] = idsByType[n.group] || []).push(n.id); });

  function setTypeVisible(t, visible) {
    var box = document.querySelector('input[data-type="' + CSS.escape(t) + '"]');
    if (box) { box.checked = visible; }
    nodes.update((idsByType[t] || []).map(function (id) { return { id: id, hidden: !visible }; }));
  }
  kgMap.setTypeVisible = setTypeVisible;

  data.types.forEach(function (t) {
    if (!t.count) { return; }
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t.name;
    box.addEventListener("change", function () { setTypeVisible(t.name, box.checked); });
    var sw = el("span", null, "swatch " + t.shape);
    sw.style.backgroundColor = t.color;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el("span", t.zh + " " + t.en + " "));
    label.appendChild(el("span", "(" + t.count + ")", "count"));
    li.appendChild(label);
    legend.appendChild(li);
  });

  /* ---------------------------------------------------------------- search */
  // The name index and the suggestion list are built after the first draw (10k <option>
  // elements cost ~0.3 s that the first draw should not wait for), or on first use.
  var names = null;   // [normalised name, node id, degree]
  function nameIndex() {
    if (names) { return names; }
    names = [];
    var datalist = document.getElementById("kg-names"), frag = document.createDocumentFragment();
    data.nodeInfo.forEach(function (info, id) {
      [info.zh, info.en].concat(info.aliases).forEach(function (n) {
        if (n) { names.push([norm(n), id, info.degree]); }
      });
      var opt = el("option");
      opt.value = info.zh;
      frag.appendChild(opt);
    });
    datalist.appendChild(frag);
    return names;
  }
  network.once("afterDrawing", function () { setTimeout(nameIndex, 0); });

  function findNode(query) {
    var q = norm(query), best = null;
    if (!q) { return null; }
    nameIndex().forEach(function (r) {
      var rank = r[0] === q ? 0 : (r[0].indexOf(q) >= 0 ? 1 : -1);
      if (rank < 0) { return; }
      var score = [rank, -r[2], r[0].length];
      if (!best || score[0] < best.s[0] || (score[0] === best.s[0] &&
          (score[1] < best.s[1] || (score[1] === best.s[1] && score[2] < best.s[2])))) {
        best = { id: r[1], s: score };
      }
    });
    return best ? best.id : null;
  }
  kgMap.findNode = findNode;

  function focusNode(id) {
    var info = data.nodeInfo[id];
    var n = nodes.get(id);
    if (n && n.hidden) { setTypeVisible(info.type, true); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    if (data.meta.lazyLabels) { labelInView(); }
    showNode(id);
  }
  kgMap.focusNode = focusNode;

  var status = document.getElementById("kg-search-status");
  document.getElementById("kg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("kg-search-input").value;
    var id = findNode(q);
    if (id === null) {
      status.textContent = "未找到 not found: " + q;
      return;
    }
    status.textContent = "";
    focusNode(id);
  });
})();
