const { is } = require('bpmnlint-utils');
const { extension } = require('../project');

/** Every user task has a due date (zeebe:taskSchedule dueDate): Tasklist sorts and the escalations count on it. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) return;
    const schedule = extension(node, 'zeebe:TaskSchedule');
    if (!schedule || !schedule.dueDate || !String(schedule.dueDate).trim()) {
      reporter.report(node.id, `User task "${node.name || node.id}" has no due date: set Task schedule > Due date (e.g. =responseDueDate or =now() + duration("P1D"))`);
    }
  }
  return { check };
};
