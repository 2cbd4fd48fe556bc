const { is } = require('bpmnlint-utils');

/**
 * Timers and messages are named: a timer event says in words when it fires (Operate and the diagram show only the
 * name), a message event refers to a message, and every message has the name the application correlates with.
 */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Message')) {
      if (!node.name || !node.name.trim()) {
        reporter.report(node.id, `Message ${node.id} has no name: the application correlates by name`);
      }
      return;
    }
    if (!is(node, 'bpmn:Event')) return;
    for (const d of node.eventDefinitions || []) {
      if (is(d, 'bpmn:TimerEventDefinition') && !(node.name && node.name.trim())) {
        reporter.report(node.id, `Timer event ${node.id} has no name: say when it fires (e.g. "Tenggat tanggapan lewat")`);
      }
      if (is(d, 'bpmn:MessageEventDefinition')) {
        if (!(node.name && node.name.trim())) {
          reporter.report(node.id, `Message event ${node.id} has no name`);
        }
        if (!d.messageRef) {
          reporter.report(node.id, `Message event "${node.name || node.id}" refers to no message`);
        } else if (!d.messageRef.name || !d.messageRef.name.trim()) {
          reporter.report(node.id, `Message event "${node.name || node.id}" refers to message ${d.messageRef.id}, which has no name`);
        }
      }
    }
  }
  return { check };
};
