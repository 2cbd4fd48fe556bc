// Checks the Modeler kit in ../element-templates: every template passes Camunda's element-templates validator
// (@bpmn-io/element-templates-validator, the JSON schema Modeler uses for Camunda 8), ids are unique, the job type
// each sets is served by a @JobWorker of the application, and every job type a process owner may place
// (bpmnlint-plugin-tanggap/placeable-job-types.json) has its template.
// Usage: node check-element-templates.mjs [templatesDir]   prints one line per problem; exit code 1 on any.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { validateZeebe } = require('@bpmn-io/element-templates-validator');
const project = require('./bpmnlint-plugin-tanggap/project.js');

const here = path.dirname(new URL(import.meta.url).pathname);
const dir = path.resolve(process.argv[2] || path.join(here, '../element-templates'));
const problems = [];
const ids = new Map();
const types = new Map();
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort() : [];

for (const file of files) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  let template;
  try {
    template = JSON.parse(text);
  } catch (e) {
    problems.push(`${file}: not JSON: ${e.message}`);
    continue;
  }
  const { valid, errors } = validateZeebe(text);
  if (!valid) {
    for (const e of errors) {
      problems.push(`${file}: ${e.instancePath || e.dataPath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
    }
  }
  for (const t of [].concat(template)) {
    if (ids.has(t.id)) problems.push(`${file}: template id ${t.id} is also used by ${ids.get(t.id)}`);
    ids.set(t.id, file);
    const type = project.jobTypeOf(t);
    if (!type) {
      problems.push(`${file}: sets no job type (a Hidden property bound to zeebe:taskDefinition type)`);
      continue;
    }
    if (!project.workerTypes().has(type)) problems.push(`${file}: job type ${type} has no @JobWorker in src/main/java`);
    types.set(type, file);
  }
}
for (const type of project.placeableTypes()) {
  if (!types.has(type)) problems.push(`job type ${type} may be placed by process owners but has no element template in ${path.basename(dir)}/`);
}
for (const file of files) console.log(`${file}: ${problems.some(p => p.startsWith(file + ':')) ? 'INVALID' : 'ok'}`);
for (const p of problems) console.log(`error: ${p}`);
console.log(`element templates: ${files.length} files, ${problems.length} problems`);
process.exit(problems.length || !files.length ? 1 : 0);
