const { is } = require('bpmnlint-utils');
const { extension, realmGroups } = require('../project');

/**
 * Every user task is offered to a candidate group the identity provider knows (a top-level group of
 * docker/keycloak/tanggap-realm.json). A static list is checked group by group; a FEEL expression by its string
 * literals ("opd-" + ... must be the prefix of some group); an expression without literals (=[candidateGroup],
 * filled by routing with opd-<code>) is accepted as computed at run time.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    const label = node.name || node.id;
    const assignment = extension(node, 'zeebe:AssignmentDefinition');
    const value = assignment && assignment.candidateGroups && String(assignment.candidateGroups).trim();
    if (!value) {
      reporter.report(node.id, `User task "${label}" has no candidate group: set Assignment > Candidate groups to a group of the realm`);
      return;
    }
    const known = realmGroups();
    const unknown = [];
    if (!value.startsWith('=')) {
      for (const g of value.split(',').map(s => s.trim()).filter(Boolean)) {
        if (!known.has(g)) unknown.push(g);
      }
    } else {
      const re = /"([^"]*)"/g;
      let m;
      while ((m = re.exec(value))) {
        const literal = m[1];
        if (!literal) continue;
        if (literal.endsWith('-')) {
          if (![...known].some(g => g.startsWith(literal))) unknown.push(literal + '…');
        } else if (!known.has(literal)) {
          unknown.push(literal);
        }
      }
    }
    if (unknown.length) {
      reporter.report(node.id, `User task "${label}" names candidate group ${unknown.join(', ')}, which the realm (docker/keycloak/tanggap-realm.json) does not know`);
    }
  }
  return { check };
};
