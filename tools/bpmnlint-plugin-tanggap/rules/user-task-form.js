const { is } = require('bpmnlint-utils');
const { extension } = require('../project');

/** Every user task shows a Camunda form (zeebe:formDefinition with formId, formKey or externalReference). */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    const form = extension(node, 'zeebe:FormDefinition');
    if (!form || !(form.formId || form.formKey || form.externalReference)) {
      reporter.report(node.id, `User task "${node.name || node.id}" has no form: link one (Form > Camunda Form (linked), formId from forms/)`);
    }
  }
  return { check };
};
