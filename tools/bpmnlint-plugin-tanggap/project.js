// What the rules know of the project, read from the repository (not from the models): the job types the
// application's workers serve (@JobWorker in src/main/java), the element templates (element-templates/*.json),
// the groups of the identity provider (docker/keycloak/tanggap-realm.json) and the job types a process owner may
// place (placeable-job-types.json). TANGGAP_REPO_DIR points elsewhere (tests of broken copies use the real repo).
const fs = require('node:fs');
const path = require('node:path');

const repo = process.env.TANGGAP_REPO_DIR || path.resolve(__dirname, '../..');
const cache = {};

function once(key, compute) {
  if (!(key in cache)) cache[key] = compute();
  return cache[key];
}

function walk(dir, files = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, files);
    else if (entry.name.endsWith('.java')) files.push(p);
  }
  return files;
}

/** Job types with a @JobWorker in src/main/java (type = "..." in the annotation, which may span lines). */
function workerTypes() {
  return once('workers', () => {
    const types = new Set();
    const src = path.join(repo, 'src/main/java');
    if (!fs.existsSync(src)) return types;
    for (const file of walk(src)) {
      const text = fs.readFileSync(file, 'utf8');
      const re = /@JobWorker\s*\(([^)]*)\)/g;
      let m;
      while ((m = re.exec(text))) {
        const t = /type\s*=\s*"([^"]+)"/.exec(m[1]);
        if (t) types.add(t[1]);
      }
    }
    return types;
  });
}

/** Element templates by the job type their hidden zeebe:taskDefinition type binding sets. */
function templates(dir = process.env.TANGGAP_TEMPLATES_DIR || path.join(repo, 'element-templates')) {
  return once('templates:' + dir, () => {
    const byType = new Map();
    if (!fs.existsSync(dir)) return byType;
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
      let template;
      try {
        template = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      } catch (e) {
        continue; // check-element-templates.mjs reports it
      }
      for (const t of [].concat(template)) {
        const type = jobTypeOf(t);
        if (type) byType.set(type, { file, id: t.id, name: t.name });
      }
    }
    return byType;
  });
}

function jobTypeOf(template) {
  for (const p of template.properties || []) {
    if (p.binding && p.binding.type === 'zeebe:taskDefinition'
        && (p.binding.property === 'type' || p.binding.property === 'taskDefinition:type')) {
      return p.value;
    }
  }
  return null;
}

/** The top-level groups of the realm: Camunda and the application match candidate groups against these ids. */
function realmGroups() {
  return once('groups', () => {
    const realm = JSON.parse(fs.readFileSync(path.join(repo, 'docker/keycloak/tanggap-realm.json'), 'utf8'));
    return new Set((realm.groups || []).map(g => g.name));
  });
}

/** Job types a process owner may place from Modeler: each needs an element template. */
function placeableTypes() {
  return once('placeable', () => new Set(require('./placeable-job-types.json').placeable.map(p => p.type)));
}

/** The extension element of a type (e.g. zeebe:TaskDefinition) of a BPMN element, if any. */
function extension(node, type) {
  const values = (node.extensionElements && node.extensionElements.values) || [];
  return values.find(v => v.$type === type);
}

module.exports = { repo, workerTypes, templates, jobTypeOf, realmGroups, placeableTypes, extension };
