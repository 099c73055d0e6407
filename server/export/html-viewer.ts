/**
 * The viewer inside an HTML export: plain browser JavaScript and CSS, inlined in the file, no
 * network. It reads the embedded graph (`#graph-data`), lays it out (the canvas positions when
 * exported with them, else a short force layout), draws on a 2D canvas, pans on drag, zooms on
 * the wheel, and shows a clicked node's or edge's properties and provenance, always as text.
 * Kept as strings here because the file must be self-contained; the writer is html-writer.ts.
 */
import { OTHER_LOOK } from '../../model/looks';

export const VIEWER_CSS = `
*{box-sizing:border-box}html,body{margin:0;height:100%;font:14px system-ui,sans-serif;color:#222}
body{display:flex;flex-direction:column}
header{padding:6px 10px;border-bottom:1px solid #ddd;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
header h1{font-size:15px;margin:0}#legend{display:flex;gap:10px;flex-wrap:wrap;font-size:12px}
#legend span{display:inline-flex;align-items:center;gap:4px}#legend canvas{width:14px;height:14px;cursor:default}
main{flex:1;display:flex;min-height:0}#view{flex:1;position:relative}canvas{width:100%;height:100%;display:block;cursor:grab}
#details{width:320px;border-left:1px solid #ddd;overflow:auto;padding:8px;font-size:13px}
#details dt{font-weight:600;margin-top:6px}#details dd{margin:0;white-space:pre-wrap;word-break:break-word}
#meta{font-size:12px;color:#666}
`;

export const VIEWER_JS = String.raw`
(function () {
  'use strict';
  var graph = JSON.parse(document.getElementById('graph-data').textContent);
  var nodes = graph.elements.nodes, edges = graph.elements.edges;
  var palette = graph.palette || {};
  var looks = graph.looks || {};
  function lookOf(label) { return looks[label] || { shape: 'ellipse', border: '#555', plural: label, size: 22 }; }
  var byId = new Map();
  nodes.forEach(function (n, i) {
    n.colour = n.colour || palette[n.data.label] || '${OTHER_LOOK.color}';
    n.x = n.position ? n.position.x : NaN; n.y = n.position ? n.position.y : NaN;
    // Half the size the canvas drew the node at, else its label's base size.
    n.r = (isFinite(n.size) && n.size > 0 ? n.size : lookOf(n.data.label).size || 22) / 2;
    byId.set(n.data.id, n);
  });
  edges.forEach(function (e) { e.s = byId.get(e.data.source); e.t = byId.get(e.data.target); });
  edges = edges.filter(function (e) { return e.s && e.t; });
  if (nodes.some(function (n) { return !isFinite(n.x) || !isFinite(n.y); })) layout();

  function layout() {
    var count = nodes.length, radius = 40 * Math.sqrt(count + 1);
    nodes.forEach(function (n, i) {
      var a = (2 * Math.PI * i) / Math.max(count, 1);
      n.x = radius * Math.cos(a); n.y = radius * Math.sin(a);
    });
    if (count > 1500) return;
    var k = 60, steps = 200;
    for (var step = 0; step < steps; step++) {
      var t = 20 * (1 - step / steps) + 1;
      nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
      for (var i = 0; i < count; i++) for (var j = i + 1; j < count; j++) {
        var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        var f = (k * k) / d2; a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
      edges.forEach(function (e) {
        var dx = e.s.x - e.t.x, dy = e.s.y - e.t.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = d / k;
        e.s.dx -= dx * f; e.s.dy -= dy * f; e.t.dx += dx * f; e.t.dy += dy * f;
      });
      nodes.forEach(function (n) {
        var d = Math.sqrt(n.dx * n.dx + n.dy * n.dy) + 0.01, m = Math.min(d, t);
        n.x += (n.dx / d) * m; n.y += (n.dy / d) * m;
      });
    }
  }

  var canvas = document.getElementById('canvas'), ctx = canvas.getContext('2d');
  var view = { x: 0, y: 0, k: 1 }, selected = null, LABEL_ROOM = 12 + 3 * 13;
  function fit() {
    var w = canvas.clientWidth, h = canvas.clientHeight;
    if (!nodes.length) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    // Shapes and their names inside the view: a name runs ~75 units either side of its node
    // and up to three lines (LABEL_ROOM) below it.
    nodes.forEach(function (n) {
      var side = Math.max(n.r, 75);
      x0 = Math.min(x0, n.x - side); x1 = Math.max(x1, n.x + side);
      y0 = Math.min(y0, n.y - n.r); y1 = Math.max(y1, n.y + n.r + LABEL_ROOM);
    });
    view.k = Math.min((w - 24) / (x1 - x0), (h - 24) / (y1 - y0), 2);
    view.x = w / 2 - ((x0 + x1) / 2) * view.k; view.y = h / 2 - ((y0 + y1) / 2) * view.k;
  }
  function resize() {
    var r = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * r; canvas.height = canvas.clientHeight * r;
    ctx.setTransform(r, 0, 0, r, 0, 0); draw();
  }
  function draw() {
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    ctx.save(); ctx.translate(view.x, view.y); ctx.scale(view.k, view.k);
    ctx.lineWidth = 1 / view.k;
    edges.forEach(function (e) {
      ctx.strokeStyle = e === selected ? '#d62728' : '#aaa';
      ctx.beginPath(); ctx.moveTo(e.s.x, e.s.y); ctx.lineTo(e.t.x, e.t.y); ctx.stroke();
      var a = Math.atan2(e.t.y - e.s.y, e.t.x - e.s.x), px = e.t.x - Math.cos(a) * (e.t.r + 1), py = e.t.y - Math.sin(a) * (e.t.r + 1);
      ctx.fillStyle = ctx.strokeStyle; ctx.beginPath(); ctx.moveTo(px, py);
      ctx.lineTo(px - Math.cos(a - 0.4) * 7, py - Math.sin(a - 0.4) * 7);
      ctx.lineTo(px - Math.cos(a + 0.4) * 7, py - Math.sin(a + 0.4) * 7); ctx.fill();
    });
    ctx.font = '11px system-ui,sans-serif'; ctx.textAlign = 'center'; ctx.lineJoin = 'round';
    nodes.forEach(function (n) {
      var look = lookOf(n.data.label);
      ctx.fillStyle = n.colour; shape(ctx, look.shape, n.x, n.y, n.r); ctx.fill();
      ctx.strokeStyle = n === selected ? '#d62728' : look.border;
      ctx.lineWidth = (n === selected ? 3 : 1.2) / view.k; ctx.stroke(); ctx.lineWidth = 1 / view.k;
    });
    // Labels after every shape, on a white halo, wrapped at words: never cut mid-word.
    if (view.k > 0.5) nodes.forEach(function (n) { label(n, n === selected); });
    else if (selected && !selected.s) label(selected, true);
    ctx.restore();
  }
  function label(n, bold) {
    ctx.font = (bold ? '600 ' : '') + '11px system-ui,sans-serif';
    // Three lines of about 24 characters: the canvas's width for names, most event names whole.
    lines(String(n.data.name), 24, 3).forEach(function (line, i) {
      var y = n.y + n.r + 12 + i * 13;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)'; ctx.lineWidth = 3 / view.k; ctx.strokeText(line, n.x, y);
      ctx.fillStyle = '#222'; ctx.fillText(line, n.x, y);
    });
    ctx.lineWidth = 1 / view.k;
  }
  function lines(text, width, most) {
    var words = text.split(/\s+/), out = [], line = '';
    for (var i = 0; i < words.length; i++) {
      var next = line ? line + ' ' + words[i] : words[i];
      if (next.length > width && line) { out.push(line); line = words[i]; } else line = next;
      if (out.length === most) { out[most - 1] = out[most - 1] + '\u2026'; return out; }
    }
    if (line) out.push(line);
    return out;
  }
  function shape(c, kind, x, y, r) {
    var pts = null;
    c.beginPath();
    if (kind === 'round-rectangle' || kind === 'rectangle') { c.rect(x - r, y - r * 0.8, 2 * r, 1.6 * r); return; }
    if (kind === 'round-diamond') pts = [[0, -1.25], [1.25, 0], [0, 1.25], [-1.25, 0]];
    else if (kind === 'round-triangle') pts = [[0, -1.15], [1.1, 0.85], [-1.1, 0.85]];
    else if (kind === 'round-hexagon') pts = [[-0.55, -1], [0.55, -1], [1.1, 0], [0.55, 1], [-0.55, 1], [-1.1, 0]];
    else if (kind === 'round-tag') pts = [[-1, -0.8], [0.5, -0.8], [1.1, 0], [0.5, 0.8], [-1, 0.8]];
    else if (kind === 'star') {
      pts = [];
      for (var i = 0; i < 10; i++) {
        var a = -Math.PI / 2 + (i * Math.PI) / 5, q = i % 2 ? 0.5 : 1.2;
        pts.push([Math.cos(a) * q, Math.sin(a) * q]);
      }
    }
    if (!pts) { c.arc(x, y, r, 0, 2 * Math.PI); return; }
    pts.forEach(function (p, i) { if (i) c.lineTo(x + p[0] * r, y + p[1] * r); else c.moveTo(x + p[0] * r, y + p[1] * r); });
    c.closePath();
  }
  function toGraph(ev) {
    var r = canvas.getBoundingClientRect();
    return { x: (ev.clientX - r.left - view.x) / view.k, y: (ev.clientY - r.top - view.y) / view.k };
  }
  function hit(p) {
    for (var i = nodes.length - 1; i >= 0; i--) {
      var n = nodes[i], r = Math.max(n.r, 5 / view.k);
      if ((n.x - p.x) * (n.x - p.x) + (n.y - p.y) * (n.y - p.y) <= r * r) return n;
    }
    var best = null, bestD = 6 / view.k;
    edges.forEach(function (e) {
      var vx = e.t.x - e.s.x, vy = e.t.y - e.s.y, l2 = vx * vx + vy * vy || 1;
      var u = Math.max(0, Math.min(1, ((p.x - e.s.x) * vx + (p.y - e.s.y) * vy) / l2));
      var d = Math.hypot(e.s.x + u * vx - p.x, e.s.y + u * vy - p.y);
      if (d < bestD) { bestD = d; best = e; }
    });
    return best;
  }
  function show(el) {
    var box = document.getElementById('details'); box.textContent = '';
    if (!el) { box.appendChild(text('p', 'Click a node or an edge to see its properties and provenance.')); return; }
    var isEdge = !!el.s;
    box.appendChild(text('h2', isEdge ? el.data.type + ': ' + el.s.data.name + ' \u2192 ' + el.t.data.name : el.data.name));
    if (isEdge && (el.data.article || el.data.evidence)) {
      box.appendChild(text('h3', 'Provenance'));
      if (el.data.article) box.appendChild(text('p', 'Source article: ' + el.data.article));
      if (el.data.evidence) box.appendChild(text('blockquote', el.data.evidence));
    }
    var dl = document.createElement('dl');
    Object.keys(el.data).sort().forEach(function (key) {
      var v = el.data[key];
      dl.appendChild(text('dt', key)); dl.appendChild(text('dd', typeof v === 'string' ? v : JSON.stringify(v)));
    });
    box.appendChild(dl);
  }
  function text(tag, value) { var e = document.createElement(tag); e.textContent = value; return e; }

  var drag = null;
  canvas.addEventListener('mousedown', function (ev) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false }; });
  window.addEventListener('mousemove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    view.x = drag.vx + dx; view.y = drag.vy + dy; draw();
  });
  window.addEventListener('mouseup', function (ev) {
    if (drag && !drag.moved) { selected = hit(toGraph(ev)); show(selected); draw(); }
    drag = null;
  });
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var r = canvas.getBoundingClientRect(), mx = ev.clientX - r.left, my = ev.clientY - r.top;
    var f = Math.exp(-ev.deltaY * 0.0015), k = Math.max(0.02, Math.min(20, view.k * f));
    view.x = mx - ((mx - view.x) * k) / view.k; view.y = my - ((my - view.y) * k) / view.k; view.k = k; draw();
  }, { passive: false });
  window.addEventListener('resize', resize);

  var legend = document.getElementById('legend'), seen = {};
  nodes.forEach(function (n) {
    var label = n.data.label;
    if (seen[label]) { seen[label].count++; return; }
    var look = lookOf(label), icon = document.createElement('canvas'), r = window.devicePixelRatio || 1;
    icon.width = 14 * r; icon.height = 14 * r;
    var c = icon.getContext('2d'); c.scale(r, r); c.fillStyle = n.colour; c.strokeStyle = look.border;
    shape(c, look.shape, 7, 7, 5); c.fill(); c.stroke();
    var s = document.createElement('span'), name = text('span', '');
    s.appendChild(icon); s.appendChild(name); legend.appendChild(s);
    seen[label] = { count: 1, name: name, plural: look.plural || label };
  });
  Object.keys(seen).forEach(function (label) { seen[label].name.textContent = seen[label].plural + ' ' + seen[label].count; });
  // In the model's order (people, organizations, events …) as on the canvas, not as met.
  var order = Object.keys(looks), rank = function (label) { var i = order.indexOf(label); return i < 0 ? order.length : i; };
  Object.keys(seen).sort(function (a, b) { return rank(a) - rank(b); }).forEach(function (label) { legend.appendChild(seen[label].name.parentNode); });
  document.getElementById('meta').textContent = nodes.length + ' nodes, ' + edges.length + ' relationships';
  window.__graphViewer = {
    nodes: nodes.length, edges: edges.length,
    select: function (id) { selected = byId.get(id) || null; show(selected); draw(); },
    // Where a node is drawn, in page coordinates (for tests and scripts driving the viewer).
    at: function (id) {
      var n = byId.get(id), r = canvas.getBoundingClientRect();
      return n ? { x: r.left + view.x + n.x * view.k, y: r.top + view.y + n.y * view.k } : null;
    }
  };
  show(null); fit(); resize();
})();
`;
