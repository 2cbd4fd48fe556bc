// Checks every Camunda form in ../forms with form-js in headless Chromium: the schema imports
// without error, and submitting it empty names its required fields (requiredForSocialCase: the same with the
// process variable channel = FACEBOOK). Also checks that every BPMN
// user task's formId exists. Prints a JSON report; exit code 1 on any problem.
// Usage: node check-forms.mjs [formsDir] [bpmnDir]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');

const here = path.dirname(new URL(import.meta.url).pathname);
const formsDir = path.resolve(process.argv[2] || path.join(here, '../forms'));
const bpmnDir = path.resolve(process.argv[3] || path.join(here, '../bpmn'));
const viewer = path.join(here, 'node_modules/@bpmn-io/form-js/dist/form-viewer.umd.js');

const report = { forms: [], userTasks: [], problems: [] };

function collectKeys(components, keys = []) {
  for (const c of components || []) {
    if (c.key) keys.push(c.key);
    if (c.components) collectKeys(c.components, keys);
  }
  return keys;
}

const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><body><div id="container"></div></body></html>');
  await page.addScriptTag({ path: viewer });
  const ids = new Set();
  for (const file of fs.readdirSync(formsDir).filter(f => f.endsWith('.form')).sort()) {
    let schema;
    try {
      schema = JSON.parse(fs.readFileSync(path.join(formsDir, file), 'utf8'));
    } catch (e) {
      report.problems.push(`${file}: not JSON: ${e.message}`);
      continue;
    }
    if (!schema.id) report.problems.push(`${file}: has no id`);
    if (ids.has(schema.id)) report.problems.push(`${file}: duplicate form id ${schema.id}`);
    ids.add(schema.id);
    if (file !== `${schema.id}.form`) report.problems.push(`${file}: file name must be the form id (${schema.id}.form)`);
    const result = await page.evaluate(async (schema) => {
      const container = document.getElementById('container');
      container.innerHTML = '';
      const form = new FormViewer.Form({ container });
      try {
        const { warnings } = await form.importSchema(schema, {});
        const submitted = form.submit();
        const keyOf = {};
        const index = (components) => (components || []).forEach(c => { if (c.key) keyOf[c.id] = c.key; index(c.components); });
        index(schema.components);
        const rendered = container.querySelectorAll('.fjs-form-field').length;
        // the same, for a case that came from a social platform (fields shown only for those)
        await form.importSchema(schema, { channel: 'FACEBOOK' });
        const social = form.submit();
        form.destroy();
        const keys = (errors) => Object.keys(errors || {}).map(id => keyOf[id] || id);
        return { ok: true, warnings: warnings.map(w => String(w.message || w)), required: keys(submitted.errors), requiredForSocialCase: keys(social.errors), rendered };
      } catch (e) {
        return { ok: false, error: String(e && e.message || e) };
      }
    }, schema);
    if (!result.ok) report.problems.push(`${file}: form-js cannot import it: ${result.error}`);
    for (const w of result.warnings || []) report.problems.push(`${file}: form-js warning: ${w}`);
    report.forms.push({ file, id: schema.id, keys: collectKeys(schema.components), ...result });
  }

  for (const file of fs.readdirSync(bpmnDir).filter(f => f.endsWith('.bpmn')).sort()) {
    const { rootElement } = await new BpmnModdle({ zeebe }).fromXML(fs.readFileSync(path.join(bpmnDir, file), 'utf8'));
    const walk = (el) => {
      for (const child of el.flowElements || []) {
        if (child.$type === 'bpmn:UserTask') {
          const def = (child.extensionElements?.values || []).find(v => v.$type === 'zeebe:FormDefinition');
          const formId = def?.formId;
          report.userTasks.push({ file, id: child.id, formId });
          if (!formId) report.problems.push(`${file}: user task ${child.id} has no zeebe:formDefinition formId`);
          else if (!ids.has(formId)) report.problems.push(`${file}: user task ${child.id} names form ${formId}, which is not in forms/`);
        }
        if (child.flowElements) walk(child);
      }
    };
    for (const p of rootElement.rootElements.filter(r => r.$type === 'bpmn:Process')) walk(p);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 2));
process.exit(report.problems.length ? 1 : 0);
