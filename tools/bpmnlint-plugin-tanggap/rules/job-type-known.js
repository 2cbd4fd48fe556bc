const { extension, workerTypes, templates } = require('../project');

/**
 * Every job type in the model is served: the task's job type (zeebe:taskDefinition) has a @JobWorker in the
 * application or an element template in element-templates/; execution and task listeners have a worker.
 * A job type nobody serves waits forever (no error, no incident), which is why it is caught here.
 */
module.exports = function() {
  function check(node, reporter) {
    const label = node.name || node.id;
    const workers = workerTypes();
    const definition = extension(node, 'zeebe:TaskDefinition');
    if (definition && definition.type && !String(definition.type).startsWith('=')) {
      const type = String(definition.type);
      if (!workers.has(type) && !templates().has(type)) {
        reporter.report(node.id, `"${label}" has job type ${type}, which no worker serves and no element template offers (check the spelling against docs/process-owners.md)`);
      }
    }
    for (const [kind, list, field] of [['zeebe:ExecutionListeners', 'listeners', 'execution'], ['zeebe:TaskListeners', 'taskListeners', 'task']]) {
      const listeners = extension(node, kind);
      for (const l of (listeners && listeners[list]) || []) {
        if (l.type && !String(l.type).startsWith('=') && !workers.has(l.type)) {
          reporter.report(node.id, `"${label}" has ${field} listener ${l.type}, which no worker serves`);
        }
      }
    }
  }
  return { check };
};
