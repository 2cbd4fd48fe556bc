// Draws every BPMN diagram with bpmn-js (the viewer Camunda Modeler is built on) in headless Chromium and
// writes <process-id>.svg and <process-id>.png for the docs. Prints JSON: per file the process id, the
// import warnings bpmn-js gave, how many shapes it drew and the size of the pictures.
// With --compare=<dir> it also reports every picture in <dir> (the committed docs/diagrams) whose shapes,
// labels or flows are not where the model now draws them: the docs picture is out of date.
// Usage: node render-diagrams.mjs [--compare=dir] [outDir] [file.bpmn ...]
//        (default: ../docs/diagrams, every ../bpmn/*.bpmn)
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';

const here = new URL('.', import.meta.url).pathname;
const compare = process.argv.find(a => a.startsWith('--compare='))?.slice('--compare='.length);
const args = process.argv.slice(2).filter(a => !a.startsWith('--compare='));
const outDir = path.resolve(args[0] || path.join(here, '../docs/diagrams'));
const files = args.length > 1 ? args.slice(1).map(f => path.resolve(f))
  : fs.readdirSync(path.join(here, '../bpmn')).filter(f => f.endsWith('.bpmn')).sort().map(f => path.join(here, '../bpmn', f));
fs.mkdirSync(outDir, { recursive: true });

// what bpmn-js drew for each element: position, outline, path
function geometry(svg) {
  const out = new Map();
  for (const chunk of svg.split('<g class="djs-element ').slice(1)) {
    const id = /data-element-id="([^"]+)"/.exec(chunk)?.[1];
    // everything bpmn-js drew for it but the text, whose layout depends on the fonts of the machine
    const where = chunk.replace(/<text[\s\S]*?<\/text>/g, '').replace(/marker-[a-z0-9]+/g, 'marker').replace(/\s+/g, ' ');
    if (id) out.set(id, where.trim());
  }
  return out;
}

const viewer = path.join(here, 'node_modules/bpmn-js/dist');
const css = ['assets/diagram-js.css', 'assets/bpmn-js.css'].map(f => fs.readFileSync(path.join(viewer, f), 'utf8')).join('\n');
const report = { diagrams: [], problems: [] };
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(120000);
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}
    html, body { margin: 0; background: #fff; font-family: Arial, sans-serif; } #canvas { width: 100vw; height: 100vh; }</style></head>
    <body><div id="canvas"></div></body></html>`);
  await page.addScriptTag({ path: path.join(viewer, 'bpmn-viewer.production.min.js') });
  for (const file of files) {
    const xml = fs.readFileSync(file, 'utf8');
    const result = await page.evaluate(async xml => {
      document.getElementById('canvas').innerHTML = '';
      const viewer = new BpmnJS({ container: '#canvas' });
      let warnings;
      try {
        ({ warnings } = await viewer.importXML(xml));
      } catch (e) {
        return { error: e.message, warnings: (e.warnings || []).map(w => w.message) };
      }
      const registry = viewer.get('elementRegistry');
      const process = viewer.get('canvas').getRootElement().businessObject;
      const drawn = registry.filter(e => e.type !== 'label' && e !== viewer.get('canvas').getRootElement()).length;
      const { svg } = await viewer.saveSVG();
      const inner = viewer.get('canvas').viewbox().inner;
      window.currentViewer = viewer;
      return { processId: process.id, name: process.name, warnings: warnings.map(w => w.message), drawn, svg, inner };
    }, xml);
    const entry = { file: path.basename(file), processId: result.processId, name: result.name, warnings: result.warnings, drawn: result.drawn };
    if (result.error) {
      report.problems.push(`${entry.file}: bpmn-js cannot import it: ${result.error}`);
      report.diagrams.push(entry);
      continue;
    }
    fs.writeFileSync(path.join(outDir, `${result.processId}.svg`), result.svg);
    // the whole diagram at 1:1 with a small white border, and a strip below for the bpmn.io logo
    const width = Math.ceil(result.inner.width + 40), height = Math.ceil(result.inner.height + 80);
    await page.setViewportSize({ width, height });
    await page.evaluate(({ x, y, width, height }) => {
      const canvas = window.currentViewer.get('canvas');
      canvas.resized();
      canvas.viewbox({ x: x - 20, y: y - 20, width, height });
    }, { x: result.inner.x, y: result.inner.y, width, height });
    const png = path.join(outDir, `${result.processId}.png`);
    await page.screenshot({ path: png, fullPage: false });
    entry.png = { bytes: fs.statSync(png).size, width, height };
    entry.svgBytes = fs.statSync(path.join(outDir, `${result.processId}.svg`)).size;
    report.diagrams.push(entry);
    if (compare) {
      const committed = path.join(compare, `${result.processId}.svg`);
      if (!fs.existsSync(committed)) report.problems.push(`${entry.file}: no picture ${committed}`);
      else {
        const now = geometry(result.svg), then = geometry(fs.readFileSync(committed, 'utf8'));
        const moved = [...now.keys()].filter(id => now.get(id) !== then.get(id));
        if (moved.length || then.size !== now.size)
          report.problems.push(`${entry.file}: ${committed} is out of date (${moved.slice(0, 5).join(', ') || 'elements removed'}): run node tools/render-diagrams.mjs`);
      }
    }
    if (result.warnings.length) report.problems.push(`${entry.file}: import warnings: ${result.warnings.join('; ')}`);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 1));
process.exit(report.problems.length ? 1 : 0);
