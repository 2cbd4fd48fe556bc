// Checks the diagram coordinates (bpmndi) of BPMN files, so a process owner can follow them in Modeler:
// every flow node and flow has diagram info, no two shapes overlap (a boundary event on its host's border
// and the content of an expanded sub-process aside), no two labels overlap and no label lies on a shape,
// every flow is drawn with horizontal and vertical segments from its source to its target and no segment
// passes through a shape that is not its source or target.
// Prints JSON {files: [{file, problems}], problems}; exit code 1 on any problem.
// Usage: node check-diagram-layout.mjs [dir | file.bpmn ...]   (default: ../bpmn)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const modeler = require('modeler-moddle/resources/modeler.json');

const box = b => ({ x: b.x, y: b.y, w: b.width, h: b.height });
// open interiors: touching borders is fine
const overlap = (a, b) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const inside = (a, b) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
const segThrough = (p, q, r) => { // does segment pq enter the interior of r (shrunk by 1 px)?
  const x1 = Math.min(p.x, q.x), x2 = Math.max(p.x, q.x), y1 = Math.min(p.y, q.y), y2 = Math.max(p.y, q.y);
  return x1 < r.x + r.w - 1 && x2 > r.x + 1 && y1 < r.y + r.h - 1 && y2 > r.y + 1;
};
const near = (p, r, tol = 2) => p.x >= r.x - tol && p.x <= r.x + r.w + tol && p.y >= r.y - tol && p.y <= r.y + r.h + tol;

export async function checkFile(file) {
  const problems = [];
  const moddle = new BpmnModdle({ zeebe, modeler });
  const { rootElement } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
  const shapes = new Map(), labels = new Map(), edges = new Map();
  for (const diagram of rootElement.diagrams || []) {
    for (const di of diagram.plane.planeElement || []) {
      const el = di.bpmnElement;
      if (!el) { problems.push(`${di.id}: diagram element without a model element`); continue; }
      if (di.$instanceOf('bpmndi:BPMNShape')) shapes.set(el.id, { el, b: box(di.bounds) });
      else if (di.$instanceOf('bpmndi:BPMNEdge')) edges.set(el.id, { el, pts: di.waypoint || [] });
      if (di.label?.bounds) labels.set(el.id, box(di.label.bounds));
    }
  }
  // every flow node and flow is drawn
  const flowElements = [];
  const collect = c => { for (const e of c.flowElements || []) { flowElements.push(e); collect(e); } for (const a of c.artifacts || []) flowElements.push(a); };
  for (const p of rootElement.rootElements.filter(e => e.$instanceOf('bpmn:Process'))) collect(p);
  for (const e of flowElements) {
    if (e.$instanceOf('bpmn:SequenceFlow') || e.$instanceOf('bpmn:Association')) {
      if (!edges.has(e.id)) problems.push(`${e.id}: flow has no diagram edge`);
      else if (edges.get(e.id).pts.length < 2) problems.push(`${e.id}: diagram edge has fewer than two waypoints`);
    } else if (e.$instanceOf('bpmn:FlowNode') || e.$instanceOf('bpmn:TextAnnotation')) {
      if (!shapes.has(e.id)) problems.push(`${e.id}: flow node has no diagram shape`);
    }
  }
  const ancestors = el => { const r = []; for (let p = el.$parent; p; p = p.$parent) r.push(p); return r; };
  const isExpandedContainer = (outer, inner) => outer.$instanceOf('bpmn:SubProcess') && ancestors(inner).includes(outer);
  const attachedTo = (a, b) => a.$instanceOf('bpmn:BoundaryEvent') && a.attachedToRef === b;

  // boundary events sit on their host's border
  for (const { el, b } of shapes.values()) {
    if (!el.$instanceOf('bpmn:BoundaryEvent') || !shapes.has(el.attachedToRef?.id)) continue;
    const h = shapes.get(el.attachedToRef.id).b, cx = b.x + b.w / 2, cy = b.y + b.h / 2, t = 3;
    const onBorder = near({ x: cx, y: cy }, h, t) &&
      (Math.abs(cx - h.x) <= t || Math.abs(cx - h.x - h.w) <= t || Math.abs(cy - h.y) <= t || Math.abs(cy - h.y - h.h) <= t);
    if (!onBorder) problems.push(`${el.id}: boundary event is not on the border of ${el.attachedToRef.id}`);
  }
  // shapes do not overlap
  const list = [...shapes.values()];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
    const a = list[i], c = list[j];
    if (!overlap(a.b, c.b)) continue;
    if (attachedTo(a.el, c.el) || attachedTo(c.el, a.el)) continue;
    if ((isExpandedContainer(a.el, c.el) && inside(c.b, a.b)) || (isExpandedContainer(c.el, a.el) && inside(a.b, c.b))) continue;
    problems.push(`shapes overlap: ${a.el.id} and ${c.el.id}`);
  }
  // labels overlap neither each other nor shapes
  const lab = [...labels.entries()];
  for (let i = 0; i < lab.length; i++) {
    for (let j = i + 1; j < lab.length; j++)
      if (overlap(lab[i][1], lab[j][1])) problems.push(`labels overlap: ${lab[i][0]} and ${lab[j][0]}`);
    for (const { el, b } of list) {
      if (!overlap(lab[i][1], b)) continue;
      if (el.$instanceOf('bpmn:SubProcess') && inside(lab[i][1], { x: b.x, y: b.y + 30, w: b.w, h: b.h - 30 })) continue; // inside its content area
      problems.push(`label of ${lab[i][0]} lies on shape ${el.id}`);
    }
  }
  // flows: orthogonal, from source to target, through no other shape
  for (const [id, { el, pts }] of edges) {
    if (pts.length < 2) continue;
    for (let k = 1; k < pts.length; k++) {
      const p = pts[k - 1], q = pts[k];
      if (Math.abs(p.x - q.x) > 1 && Math.abs(p.y - q.y) > 1) { problems.push(`${id}: segment ${k} is diagonal`); break; }
    }
    const src = el.sourceRef, tgt = el.targetRef;
    if (src && shapes.has(src.id) && !near(pts[0], shapes.get(src.id).b)) problems.push(`${id}: does not start at ${src.id}`);
    if (tgt && shapes.has(tgt.id) && !near(pts[pts.length - 1], shapes.get(tgt.id).b)) problems.push(`${id}: does not end at ${tgt.id}`);
    const own = ancestors(el);
    for (const { el: s, b } of list) {
      if (s === src || s === tgt || own.includes(s)) continue;
      for (let k = 1; k < pts.length; k++) {
        if (segThrough(pts[k - 1], pts[k], b)) { problems.push(`${id}: drawn through ${s.id}`); break; }
      }
    }
  }
  return { file: path.basename(file), shapes: shapes.size, edges: edges.size, labels: labels.size, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const target = args.length ? args : [new URL('../bpmn', import.meta.url).pathname];
  const files = target.flatMap(t => fs.statSync(t).isDirectory()
    ? fs.readdirSync(t).filter(f => f.endsWith('.bpmn')).sort().map(f => path.join(t, f)) : [t]);
  const report = { files: [], problems: 0 };
  for (const f of files) {
    const r = await checkFile(f);
    report.files.push(r);
    report.problems += r.problems.length;
  }
  console.log(JSON.stringify(report, null, 1));
  process.exit(report.problems || !files.length ? 1 : 0);
}
