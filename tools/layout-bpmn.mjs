// Lays out the diagram (bpmndi) of BPMN files so a process owner can follow them in Camunda Modeler:
// flow nodes on a grid of columns (longest path from the start) and rows (the main path straight on
// row 0, each further branch on the next free row below, boundary-event branches such as the
// escalation ladder on their own rows under their host), orthogonal edges routed around every shape,
// labels placed where they touch no shape and no other label.
// Only the <bpmndi:BPMNDiagram> section of each file is rewritten; the process part stays byte for byte.
// Usage: node layout-bpmn.mjs [file.bpmn ...]   (default: every ../bpmn/*.bpmn)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const modeler = require('modeler-moddle/resources/modeler.json');

const COL_GAP = 60, ROW_GAP = 70, MIN_COL = 100, PAD_X = 40, PAD_TOP = 50, PAD_BOTTOM = 40, ORIGIN = 160;
const MARGIN = 10; // edges keep this distance from shapes they do not connect

const SIZE = type => {
  if (/Event$/.test(type)) return { w: 36, h: 36 };
  if (/Gateway$/.test(type)) return { w: 50, h: 50 };
  return { w: 100, h: 80 };
};

// bpmn-js wraps an external label at the width of its DI bounds (11 px Arial): estimate generously
function labelSize(text) {
  const cw = 6.3, max = 96;
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? line + ' ' + word : word;
    if (next.length * cw > max && line) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  const w = Math.min(max + 8, Math.ceil(Math.max(...lines.map(l => l.length * cw)) + 8));
  return { w: Math.max(w, 20), h: lines.length * 14 };
}

const overlaps = (a, b, pad = 0) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

function segHitsRect(p, q, r) { // open interior of r
  const x1 = Math.min(p.x, q.x), x2 = Math.max(p.x, q.x), y1 = Math.min(p.y, q.y), y2 = Math.max(p.y, q.y);
  return x1 < r.x + r.w && x2 > r.x && y1 < r.y + r.h && y2 > r.y;
}

// ---------- grid layout of one container (process or expanded sub-process) ----------
function layoutContainer(container, shapes) {
  const elements = container.flowElements || [];
  const nodes = elements.filter(e => !e.$instanceOf('bpmn:SequenceFlow') && !e.$instanceOf('bpmn:BoundaryEvent'));
  const boundaries = elements.filter(e => e.$instanceOf('bpmn:BoundaryEvent'));
  const flows = elements.filter(e => e.$instanceOf('bpmn:SequenceFlow'));
  const hostOf = new Map(boundaries.map(b => [b.id, b.attachedToRef.id]));
  const layoutId = id => hostOf.get(id) || id;

  // sizes (expanded sub-processes first, recursively)
  const size = new Map();
  for (const n of nodes) {
    if (n.$instanceOf('bpmn:SubProcess')) size.set(n.id, layoutContainer(n, shapes));
    else size.set(n.id, SIZE(n.$type));
  }
  // a task carrying several boundary events (the escalation ladder) is drawn wider, so each event and
  // the line leaving it have room of their own
  for (const n of nodes) {
    const count = boundaries.filter(b => b.attachedToRef.id === n.id).length;
    const s = size.get(n.id);
    if (count > 1) size.set(n.id, { ...s, w: Math.max(s.w, 20 + count * 60) });
  }

  const out = new Map(), inc = new Map();
  for (const n of nodes) { out.set(n.id, []); inc.set(n.id, []); }
  for (const f of flows) {
    const s = layoutId(f.sourceRef.id), t = f.targetRef.id;
    out.get(s).push({ flow: f, to: t, boundary: hostOf.has(f.sourceRef.id) ? f.sourceRef.id : null });
    inc.get(t).push(s);
  }

  // back edges by DFS from the sources (start events first, in document order)
  const sources = nodes.filter(n => inc.get(n.id).length === 0);
  const state = new Map(), back = new Set();
  const dfs = id => {
    state.set(id, 1);
    for (const e of out.get(id)) {
      if (state.get(e.to) === 1) back.add(e.flow.id);
      else if (!state.has(e.to)) dfs(e.to);
    }
    state.set(id, 2);
  };
  for (const s of sources) if (!state.has(s.id)) dfs(s.id);
  for (const n of nodes) if (!state.has(n.id)) dfs(n.id);

  // columns: longest path over forward edges
  const col = new Map();
  const order = [];
  const seen = new Set();
  const topo = id => {
    if (seen.has(id)) return; seen.add(id);
    for (const e of out.get(id)) if (!back.has(e.flow.id)) topo(e.to);
    order.unshift(id);
  };
  for (const n of nodes) topo(n.id);
  for (const id of order) if (!col.has(id)) col.set(id, 0);
  for (const id of order) for (const e of out.get(id)) if (!back.has(e.flow.id)) col.set(e.to, Math.max(col.get(e.to) || 0, col.get(id) + 1));
  // pull nodes without forward successors (end events) next to their predecessor
  for (const id of [...order].reverse()) {
    const succ = out.get(id).filter(e => !back.has(e.flow.id)).map(e => col.get(e.to));
    if (succ.length) col.set(id, Math.max(col.get(id), Math.min(...succ) - 1));
  }

  // downstream size to choose the main continuation
  const reach = new Map();
  const reachOf = id => {
    if (reach.has(id)) return reach.get(id);
    reach.set(id, 0);
    let r = 1;
    for (const e of out.get(id)) if (!back.has(e.flow.id)) r += reachOf(e.to);
    reach.set(id, r);
    return r;
  };

  // rows
  const row = new Map(), used = new Map(); // col -> Set(rows)
  const free = (c1, c2, r) => { for (let c = c1; c <= c2; c++) if (used.get(c)?.has(r)) return false; return true; };
  const take = (c, r) => { if (!used.has(c)) used.set(c, new Set()); used.get(c).add(r); };
  const queue = []; // {id, fromCol, row, prio}
  const placeChain = (id, fromCol, r0) => {
    let cur = id, fc = fromCol, r = r0;
    while (cur && !row.has(cur)) {
      const c = col.get(cur);
      while (!free(Math.min(fc + 1, c), c, r)) r++;
      row.set(cur, r); take(c, r);
      for (let k = fc + 1; k < c; k++) take(k, r); // keep the straight line free
      const next = out.get(cur).filter(e => !back.has(e.flow.id) && !e.boundary && !row.has(e.to))
        .sort((a, b) => reachOf(b.to) - reachOf(a.to));
      const bnext = out.get(cur).filter(e => e.boundary && !row.has(e.to));
      next.slice(1).reverse().forEach((e, i) => queue.push({ id: e.to, fromCol: c, row: r + 1, prio: c + 0.1 + i * 0.01 }));
      // a boundary branch also needs its host's column free on its row: the line drops through there
      bnext.forEach((e, i) => queue.push({ id: e.to, fromCol: c - 1, row: r + 1, prio: c + 0.05 + i * 0.001, boundary: e.boundary }));
      fc = c; cur = next[0]?.to;
    }
  };
  // further start events above the main line, next to the first
  sources.forEach((s, i) => queue.push({ id: s.id, fromCol: col.get(s.id) - 1, row: -i, prio: -1 + i * 0.01 }));
  for (const n of nodes) queue.push({ id: n.id, fromCol: col.get(n.id) - 1, row: 0, prio: 1e9 });
  while (queue.length) {
    queue.sort((a, b) => a.prio - b.prio);
    const q = queue.shift();
    if (!row.has(q.id)) placeChain(q.id, q.fromCol, q.row);
  }

  // coordinates
  const ncol = Math.max(...nodes.map(n => col.get(n.id))) + 1;
  const rows = [...new Set(nodes.map(n => row.get(n.id)))].sort((a, b) => a - b);
  // every node in a row is centred on the row's line; an expanded sub-process puts its own main line there,
  // so the flow enters it level with its first inner row
  const colW = Array(ncol).fill(MIN_COL), above = new Map(rows.map(r => [r, 40])), below = new Map(rows.map(r => [r, 40]));
  const mid = s => s.mid ?? s.h / 2;
  for (const n of nodes) {
    const s = size.get(n.id), r = row.get(n.id);
    colW[col.get(n.id)] = Math.max(colW[col.get(n.id)], s.w);
    above.set(r, Math.max(above.get(r), mid(s)));
    below.set(r, Math.max(below.get(r), s.h - mid(s)));
  }
  const colX = []; let x = 0;
  for (let c = 0; c < ncol; c++) { colX.push(x); x += colW[c] + COL_GAP; }
  const rowY = new Map(); let y = 0;
  for (const r of rows) { rowY.set(r, y); y += above.get(r) + below.get(r) + ROW_GAP; }
  const local = new Map();
  for (const n of nodes) {
    const s = size.get(n.id), c = col.get(n.id), r = row.get(n.id);
    local.set(n.id, { x: colX[c] + (colW[c] - s.w) / 2, y: rowY.get(r) + above.get(r) - mid(s), w: s.w, h: s.h });
  }
  const mainLine = rowY.get(0) + above.get(0);
  const width = x - COL_GAP, height = y - ROW_GAP;
  const result = { w: width, h: height, mainLine, local, nodes, boundaries, flows, container, back };
  shapes.containers.push(result);
  if (container.$instanceOf('bpmn:SubProcess')) return { w: width + 2 * PAD_X, h: height + PAD_TOP + PAD_BOTTOM, mid: PAD_TOP + mainLine, inner: result };
  return result;
}

// place containers at absolute positions
function place(result, ox, oy, shapes) {
  for (const n of result.nodes) {
    const l = result.local.get(n.id);
    const b = { x: Math.round(ox + l.x), y: Math.round(oy + l.y), w: l.w, h: l.h };
    shapes.bounds.set(n.id, b);
    shapes.el.set(n.id, n);
    if (n.$instanceOf('bpmn:SubProcess')) {
      const inner = shapes.containers.find(c => c.container === n);
      shapes.mid.set(n.id, PAD_TOP + inner.mainLine);
      place(inner, b.x + PAD_X, b.y + PAD_TOP, shapes);
    }
  }
  // boundary events on the bottom border, spread evenly
  const byHost = new Map();
  for (const be of result.boundaries) {
    const h = be.attachedToRef.id;
    if (!byHost.has(h)) byHost.set(h, []);
    byHost.get(h).push(be);
  }
  for (const [h, list] of byHost) {
    const hb = shapes.bounds.get(h);
    // first one rightmost: its branch takes the nearest row, so the drop lines never cross
    list.forEach((be, i) => {
      const cx = hb.x + hb.w * (list.length - i) / (list.length + 1);
      shapes.bounds.set(be.id, { x: Math.round(cx - 18), y: hb.y + hb.h - 18, w: 36, h: 36 });
      shapes.el.set(be.id, be);
    });
  }
}

// ---------- orthogonal routing ----------
function ports(b, el, mid) {
  // an expanded sub-process is entered and left level with its own main line
  const cx = b.x + b.w / 2, cy = b.y + (mid ?? b.h / 2);
  if (el.$instanceOf('bpmn:BoundaryEvent')) return [{ x: cx, y: b.y + b.h, d: 'S' }];
  return [
    { x: b.x + b.w, y: cy, d: 'E' }, { x: b.x, y: cy, d: 'W' },
    { x: cx, y: b.y, d: 'N' }, { x: cx, y: b.y + b.h, d: 'S' }
  ];
}

const DIRS = { E: [1, 0], W: [-1, 0], N: [0, -1], S: [0, 1] };

function route(flow, shapes, used, containerBox) {
  const src = flow.sourceRef.id, tgt = flow.targetRef.id;
  const sb = shapes.bounds.get(src), tb = shapes.bounds.get(tgt);
  const obstacles = [];
  for (const [id, b] of shapes.bounds) {
    if (id === src || id === tgt) continue;
    // the sub-process a flow runs inside is its frame, not an obstacle
    if (shapes.parentChain(flow).includes(shapes.el.get(id))) continue;
    obstacles.push({ x: b.x - MARGIN, y: b.y - MARGIN, w: b.w + 2 * MARGIN, h: b.h + 2 * MARGIN });
  }
  const soft = [];
  for (const [id, b] of shapes.bounds) {
    const el = shapes.el.get(id);
    if (!el.name || el.$instanceOf('bpmn:BoundaryEvent') || !(el.$instanceOf('bpmn:Event') || el.$instanceOf('bpmn:Gateway'))) continue;
    const s = labelSize(el.name);
    soft.push({ x: b.x + b.w / 2 - s.w / 2, y: b.y + b.h + 5, w: s.w, h: s.h });
  }
  const hard = [sb, tb].map(b => ({ x: b.x + 1, y: b.y + 1, w: b.w - 2, h: b.h - 2 }));
  const sp = ports(sb, flow.sourceRef, shapes.mid.get(src)), tp = ports(tb, flow.targetRef, shapes.mid.get(tgt));
  const xs = new Set(), ys = new Set();
  for (const o of obstacles) { xs.add(o.x); xs.add(o.x + o.w); ys.add(o.y); ys.add(o.y + o.h); }
  for (const p of [...sp, ...tp]) { xs.add(p.x); ys.add(p.y); }
  for (const p of sp) { const [dx, dy] = DIRS[p.d]; if (dx) xs.add(p.x + dx * 20); else ys.add(p.y + dy * 20); }
  for (const p of tp) { const [dx, dy] = DIRS[p.d]; if (dx) xs.add(p.x + dx * 20); else ys.add(p.y + dy * 20); }
  const box = containerBox;
  xs.add(box.x); xs.add(box.x + box.w); ys.add(box.y); ys.add(box.y + box.h);
  const X = [...xs].filter(v => v >= box.x && v <= box.x + box.w).sort((a, b) => a - b);
  const Y = [...ys].filter(v => v >= box.y && v <= box.y + box.h).sort((a, b) => a - b);
  const xi = new Map(X.map((v, i) => [v, i])), yi = new Map(Y.map((v, i) => [v, i]));
  const blocked = (p, q) => obstacles.some(o => segHitsRect(p, q, o)) || hard.some(o => segHitsRect(p, q, o));
  // Dijkstra over (xi, yi, dir)
  const key = (i, j, d) => (i * Y.length + j) * 4 + d;
  const dirList = ['E', 'W', 'N', 'S'];
  const dist = new Map(), prev = new Map();
  const heap = [];
  const push = (c, k) => { heap.push([c, k]); let i = heap.length - 1; while (i > 0) { const p = (i - 1) >> 1; if (heap[p][0] <= heap[i][0]) break; [heap[p], heap[i]] = [heap[i], heap[p]]; i = p; } };
  const pop = () => { const top = heap[0]; const last = heap.pop(); if (heap.length) { heap[0] = last; let i = 0; for (;;) { const l = 2 * i + 1, r = l + 1; let m = i; if (l < heap.length && heap[l][0] < heap[m][0]) m = l; if (r < heap.length && heap[r][0] < heap[m][0]) m = r; if (m === i) break; [heap[m], heap[i]] = [heap[i], heap[m]]; i = m; } } return top; };
  const preferOut = { E: 0, S: 25, N: 25, W: 80 }, preferIn = { W: 0, N: 25, S: 25, E: 80 };
  for (const p of sp) {
    const k = key(xi.get(p.x), yi.get(p.y), dirList.indexOf(p.d));
    // a second flow leaving the same side of a gateway is hard to tell apart: prefer a free side
    const c = preferOut[p.d] + (used.has(`port:${src}:${p.d}`) ? 200 : 0);
    if (!dist.has(k) || dist.get(k) > c) { dist.set(k, c); push(c, k); }
  }
  const targets = new Map();
  for (const p of tp) {
    // arriving at port p moving opposite to its outward direction
    const opp = { E: 'W', W: 'E', N: 'S', S: 'N' }[p.d];
    targets.set(key(xi.get(p.x), yi.get(p.y), dirList.indexOf(opp)), preferIn[p.d]);
  }
  let best = null, bestCost = Infinity;
  while (heap.length) {
    const [c, k] = pop();
    if (c > dist.get(k)) continue;
    if (c >= bestCost) break;
    if (targets.has(k)) { const total = c + targets.get(k); if (total < bestCost) { bestCost = total; best = k; } continue; }
    const d = k % 4, ij = (k - d) / 4, i = Math.floor(ij / Y.length), j = ij % Y.length;
    for (let nd = 0; nd < 4; nd++) {
      const [dx, dy] = DIRS[dirList[nd]];
      if (dx === -DIRS[dirList[d]][0] && dy === -DIRS[dirList[d]][1]) continue;
      const ni = i + dx, nj = j + dy;
      if (ni < 0 || nj < 0 || ni >= X.length || nj >= Y.length) continue;
      const p = { x: X[i], y: Y[j] }, q = { x: X[ni], y: Y[nj] };
      if (blocked(p, q)) continue;
      const segKey = dx ? `h${Y[j]}:${Math.min(X[i], X[ni])}` : `v${X[i]}:${Math.min(Y[j], Y[nj])}`;
      const owners = used.get(segKey);
      let cost = Math.abs(q.x - p.x) + Math.abs(q.y - p.y) + (nd !== d ? 40 : 0);
      const len = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
      if (owners && [...owners].some(o => o.src !== src && o.tgt !== tgt)) cost += 400 + 5 * len;
      else if (owners) cost -= 0.7 * len; // branches of one gateway share their trunk
      const pk = `p${X[ni]},${Y[nj]}`;
      if (used.has(pk) && !(owners && [...owners].some(o => o.src === src || o.tgt === tgt))) cost += 60; // crossing another flow
      if (soft.some(r => segHitsRect(p, q, r))) cost += 250; // through the label of an event or gateway
      const nk = key(ni, nj, nd), nc = c + cost;
      if (!dist.has(nk) || dist.get(nk) > nc) { dist.set(nk, nc); prev.set(nk, k); push(nc, nk); }
    }
  }
  if (best === null) throw new Error(`no route for ${flow.id}`);
  const pts = [];
  for (let k = best; k !== undefined; k = prev.get(k)) {
    const d = k % 4, ij = (k - d) / 4;
    pts.unshift({ x: X[Math.floor(ij / Y.length)], y: Y[ij % Y.length] });
  }
  const first = pts[0], second = pts[1];
  used.set(`port:${src}:${first.x === second.x ? (second.y > first.y ? 'S' : 'N') : (second.x > first.x ? 'E' : 'W')}`, true);
  // drop collinear points
  const simple = pts.filter((p, i) => i === 0 || i === pts.length - 1 ||
    !((pts[i - 1].x === p.x && p.x === pts[i + 1].x) || (pts[i - 1].y === p.y && p.y === pts[i + 1].y)));
  for (let i = 1; i < pts.length; i++) {
    const p = pts[i - 1], q = pts[i];
    const segKey = p.y === q.y ? `h${p.y}:${Math.min(p.x, q.x)}` : `v${p.x}:${Math.min(p.y, q.y)}`;
    if (!used.has(segKey)) used.set(segKey, new Set());
    used.get(segKey).add({ src, tgt });
    used.set(`p${q.x},${q.y}`, true);
  }
  return simple;
}

// ---------- labels ----------
function placeLabels(shapes, edges) {
  const labels = new Map();
  const taken = [...shapes.bounds.entries()].filter(([id]) => !shapes.el.get(id).$instanceOf('bpmn:SubProcess')).map(([, b]) => b);
  // a sub-process's border and title band count as taken, its inside does not
  for (const [id, b] of shapes.bounds) if (shapes.el.get(id).$instanceOf('bpmn:SubProcess')) {
    taken.push({ x: b.x, y: b.y, w: b.w, h: PAD_TOP - 10 });
    taken.push({ x: b.x - 2, y: b.y, w: 4, h: b.h }, { x: b.x + b.w - 2, y: b.y, w: 4, h: b.h }, { x: b.x, y: b.y + b.h - 2, w: b.w, h: 4 });
  }
  const segs = [];
  for (const pts of edges.values()) for (let i = 1; i < pts.length; i++) segs.push([pts[i - 1], pts[i]]);
  const crossings = r => segs.filter(([p, q]) => segHitsRect(p, q, r)).length;
  const choose = (cands) => {
    let best = null, bestScore = Infinity;
    cands.forEach((r, i) => {
      if (taken.some(t => overlaps(r, t, 3))) return;
      const score = crossings(r) * 100 + i;
      if (score < bestScore) { bestScore = score; best = r; }
    });
    return best;
  };
  // last resort: the nearest free spot around an anchor
  const around = (c, s) => {
    const list = [];
    for (let d = 10; d <= 200; d += 10)
      for (let k = -d; k <= d; k += 10)
        list.push({ x: c.x + k - s.w / 2, y: c.y + d, w: s.w, h: s.h }, { x: c.x + k - s.w / 2, y: c.y - d - s.h, w: s.w, h: s.h },
          { x: c.x + d, y: c.y + k - s.h / 2, w: s.w, h: s.h }, { x: c.x - d - s.w, y: c.y + k - s.h / 2, w: s.w, h: s.h });
    return list;
  };
  const snap = r => ({ x: Math.round(r.x), y: Math.round(r.y), w: r.w, h: r.h });
  // node labels: events and gateways
  for (const [id, b] of shapes.bounds) {
    const el = shapes.el.get(id);
    if (!el.name || !(el.$instanceOf('bpmn:Event') || el.$instanceOf('bpmn:Gateway'))) continue;
    const s = labelSize(el.name);
    const cx = b.x + b.w / 2, cy = b.y + b.h / 2;
    const cands = [];
    if (el.$instanceOf('bpmn:BoundaryEvent')) {
      const out = edges.get(el.outgoing?.[0]?.id);
      if (out) {
        const drop = out[out.length > 1 ? 1 : 0];
        // beside the drop line, just above the branch it starts
        cands.push({ x: cx + 6, y: drop.y - s.h - 4, w: s.w, h: s.h });
        cands.push({ x: cx + 6, y: b.y + b.h + 4, w: s.w, h: s.h });
        cands.push({ x: cx - s.w - 6, y: b.y + b.h + 4, w: s.w, h: s.h });
        cands.push({ x: cx - s.w - 6, y: drop.y - s.h - 4, w: s.w, h: s.h });
      }
    }
    for (const dy of [0, 10, 20, 30])
      cands.push({ x: cx - s.w / 2, y: b.y + b.h + 5 + dy, w: s.w, h: s.h });
    cands.push({ x: cx - s.w / 2, y: b.y - s.h - 5, w: s.w, h: s.h });
    cands.push({ x: b.x + b.w + 5, y: b.y - s.h, w: s.w, h: s.h });
    cands.push({ x: b.x - s.w - 5, y: b.y - s.h, w: s.w, h: s.h });
    cands.push({ x: b.x + b.w + 5, y: b.y + b.h, w: s.w, h: s.h });
    cands.push({ x: b.x - s.w - 5, y: b.y + b.h, w: s.w, h: s.h });
    for (let k = 1; k < 6; k++) cands.push({ x: cx - s.w / 2, y: b.y + b.h + 5 + 14 * k + 30, w: s.w, h: s.h }, { x: cx - s.w / 2, y: b.y - s.h - 5 - 14 * k, w: s.w, h: s.h });
    const r = choose(cands) || choose(around({ x: cx, y: cy }, s));
    if (!r) throw new Error(`no free place for the label of ${id}`);
    labels.set(id, snap(r)); taken.push(r);
  }
  // flow labels: along the first segments
  for (const [id, pts] of edges) {
    const flow = shapes.flows.get(id);
    if (!flow.name) continue;
    const s = labelSize(flow.name);
    const cands = [];
    // the segment entering the target first: beside it the label names the branch without doubt
    for (let i = pts.length - 1; i >= 1; i--) {
      const p = pts[i - 1], q = pts[i];
      if (p.y === q.y) {
        const x0 = Math.min(p.x, q.x), len = Math.abs(q.x - p.x);
        // a branch leaving a shared trunk just before its target: the label goes beside the trunk, where the branch turns off
        if (i === pts.length - 1 && len < s.w && pts.length > 2) {
          cands.push({ x: p.x - s.w - 4, y: p.y - s.h - 2, w: s.w, h: s.h }, { x: p.x - s.w - 4, y: p.y + 2, w: s.w, h: s.h });
        }
        for (const f of [0.5, 0.2, 0.8]) {
          const x = x0 + len * f;
          cands.push({ x: x - s.w / 2, y: p.y - s.h - 4, w: s.w, h: s.h }, { x: x - s.w / 2, y: p.y + 4, w: s.w, h: s.h });
        }
        cands.push({ x: x0 + 8, y: p.y - s.h - 4, w: s.w, h: s.h }, { x: x0 + 8, y: p.y + 4, w: s.w, h: s.h });
      } else {
        const y0 = Math.min(p.y, q.y), len = Math.abs(q.y - p.y);
        for (const f of [0.2, 0.5, 0.8]) {
          const y = y0 + len * f;
          cands.push({ x: p.x + 5, y: y - s.h / 2, w: s.w, h: s.h }, { x: p.x - s.w - 5, y: y - s.h / 2, w: s.w, h: s.h });
        }
      }
    }
    const a = pts[0], b2 = pts[1];
    const r = choose(cands) || choose(around({ x: (a.x + b2.x) / 2, y: (a.y + b2.y) / 2 }, s))
      || (() => { throw new Error(`no free place for the label of ${id}`); })();
    labels.set(id, snap(r)); taken.push(r);
  }
  return labels;
}

// ---------- one file ----------
export async function layoutFile(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const moddle = new BpmnModdle({ zeebe, modeler });
  const { rootElement } = await moddle.fromXML(xml);
  const process = rootElement.rootElements.find(e => e.$instanceOf('bpmn:Process'));
  const shapes = { containers: [], bounds: new Map(), el: new Map(), flows: new Map(), mid: new Map() };
  const parents = el => { const r = []; for (let p = el.$parent; p; p = p.$parent) r.push(p); return r; };
  shapes.parentChain = parents;
  // is el (or one of its ancestors) a direct child of level?
  shapes.ancestorsAtLevel = (el, level) => [el, ...parents(el)].some(a => a.$parent === level);
  const top = layoutContainer(process, shapes);
  place(top, ORIGIN, ORIGIN, shapes);

  const allFlows = [];
  const collect = c => { for (const e of c.flowElements || []) { if (e.$instanceOf('bpmn:SequenceFlow')) allFlows.push(e); if (e.$instanceOf('bpmn:SubProcess')) collect(e); } };
  collect(process);
  for (const f of allFlows) shapes.flows.set(f.id, f);
  const boxOf = f => {
    if (f.$parent === process) return { x: ORIGIN - 60, y: ORIGIN - 80, w: top.w + 120, h: top.h + 180 };
    const b = shapes.bounds.get(f.$parent.id);
    return { x: b.x + 4, y: b.y + PAD_TOP - 12, w: b.w - 8, h: b.h - PAD_TOP + 8 };
  };
  // short forward flows first: they get the straight lines
  const dist = f => { const a = shapes.bounds.get(f.sourceRef.id), b = shapes.bounds.get(f.targetRef.id); return Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + (b.x < a.x ? 1e5 : 0); };
  const used = new Map(), edges = new Map();
  for (const f of [...allFlows].sort((a, b) => dist(a) - dist(b))) edges.set(f.id, route(f, shapes, used, boxOf(f)));
  const labels = placeLabels(shapes, edges);

  const oldIds = new Map([...xml.matchAll(/<bpmndi:BPMN(?:Shape|Edge) id="([^"]+)" bpmnElement="([^"]+)"/g)].map(m => [m[2], m[1]]));
  const diId = id => oldIds.get(id) || `${id}_di`;
  const lbl = id => labels.has(id) ? `<bpmndi:BPMNLabel><dc:Bounds x="${labels.get(id).x}" y="${labels.get(id).y}" width="${labels.get(id).w}" height="${labels.get(id).h}" /></bpmndi:BPMNLabel>` : '';
  const lines = [];
  const shapeLine = (id) => {
    const el = shapes.el.get(id), b = shapes.bounds.get(id);
    const attrs = el.$instanceOf('bpmn:ExclusiveGateway') ? ' isMarkerVisible="true"' : el.$instanceOf('bpmn:SubProcess') ? ' isExpanded="true"' : '';
    lines.push(`      <bpmndi:BPMNShape id="${diId(id)}" bpmnElement="${id}"${attrs}><dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" />${lbl(id)}</bpmndi:BPMNShape>`);
  };
  const emit = c => {
    for (const e of c.flowElements || []) {
      if (e.$instanceOf('bpmn:SequenceFlow') || e.$instanceOf('bpmn:BoundaryEvent')) continue;
      shapeLine(e.id);
      if (e.$instanceOf('bpmn:SubProcess')) emit(e);
    }
    for (const e of c.flowElements || []) if (e.$instanceOf('bpmn:BoundaryEvent')) shapeLine(e.id);
    for (const e of c.flowElements || []) if (e.$instanceOf('bpmn:SequenceFlow')) {
      const pts = edges.get(e.id).map(p => `<di:waypoint x="${Math.round(p.x)}" y="${Math.round(p.y)}" />`).join('');
      lines.push(`      <bpmndi:BPMNEdge id="${diId(e.id)}" bpmnElement="${e.id}">${pts}${lbl(e.id)}</bpmndi:BPMNEdge>`);
    }
  };
  emit(process);
  const start = xml.indexOf('<bpmndi:BPMNPlane'), planeOpenEnd = xml.indexOf('>', start) + 1, end = xml.indexOf('</bpmndi:BPMNPlane>');
  if (start < 0 || end < 0) throw new Error(`${file}: no BPMNPlane`);
  const before = xml.slice(0, planeOpenEnd), after = xml.slice(end);
  fs.writeFileSync(file, before + '\n' + lines.join('\n') + '\n    ' + after);
  return { file, nodes: shapes.bounds.size, flows: allFlows.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2)
    : fs.readdirSync(new URL('../bpmn', import.meta.url).pathname).filter(f => f.endsWith('.bpmn')).sort()
      .map(f => path.join(new URL('../bpmn', import.meta.url).pathname, f));
  for (const f of files) {
    const r = await layoutFile(f);
    console.log(`${path.basename(f)}: ${r.nodes} shapes, ${r.flows} flows laid out`);
  }
}
