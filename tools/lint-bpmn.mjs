// Lints every BPMN file in ../bpmn with bpmnlint (recommended rules + Camunda 8.8 compatibility + the project's
// rules of ./bpmnlint-plugin-tanggap), with the Zeebe and Modeler moddle extensions registered as Camunda Modeler does.
// Usage: node lint-bpmn.mjs [dir]   exit code 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const modeler = require('modeler-moddle/resources/modeler.json');

const dir = path.resolve(process.argv[2] || new URL('../bpmn', import.meta.url).pathname);
const config = JSON.parse(fs.readFileSync(new URL('../.bpmnlintrc', import.meta.url), 'utf8'));
// Packages resolve from tools/node_modules wherever the script is started (script/deploy-models runs it from the
// repository root); the project plugin is a folder here, not an installed package, so no npm install touches it.
const nodeResolver = new NodeResolver({ require });
const localPlugins = { 'bpmnlint-plugin-tanggap': require('./bpmnlint-plugin-tanggap') };
const pluginDir = (pkg) => path.join(path.dirname(new URL(import.meta.url).pathname), pkg);
const resolver = {
  resolveRule(pkg, name) {
    const plugin = localPlugins[pkg];
    if (!plugin) return nodeResolver.resolveRule(pkg, name);
    if (!(name in plugin.rules)) throw new Error(`cannot resolve rule <${name}> from <${pkg}>`);
    return require(path.join(pluginDir(pkg), plugin.rules[name]));
  },
  resolveConfig(pkg, name) {
    const plugin = localPlugins[pkg];
    if (!plugin) return nodeResolver.resolveConfig(pkg, name);
    if (!(name in plugin.configs)) throw new Error(`cannot resolve config <${name}> from <${pkg}>`);
    return plugin.configs[name];
  }
};
const linter = new Linter({ config, resolver });

const files = fs.readdirSync(dir).filter(f => f.endsWith('.bpmn')).sort();
let errors = 0, warnings = 0;
for (const file of files) {
  const moddle = new BpmnModdle({ zeebe, modeler });
  const xml = fs.readFileSync(path.join(dir, file), 'utf8');
  let root;
  try {
    const parsed = await moddle.fromXML(xml);
    root = parsed.rootElement;
    for (const w of parsed.warnings) { console.log(`${file}: parse warning: ${w.message}`); warnings++; }
  } catch (e) {
    console.log(`${file}: error: cannot parse: ${e.message}`); errors++; continue;
  }
  const reports = await linter.lint(root);
  let fileProblems = 0;
  for (const [rule, entries] of Object.entries(reports)) {
    for (const r of entries) {
      const category = r.category === 'warn' ? 'warning' : r.category;
      if (category === 'error') errors++; else warnings++;
      fileProblems++;
      console.log(`${file}: ${category}: ${r.id || ''} ${r.message} (${rule})`);
    }
  }
  if (!fileProblems) console.log(`${file}: ok`);
}
console.log(`bpmnlint: ${files.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 || files.length === 0 ? 1 : 0);
