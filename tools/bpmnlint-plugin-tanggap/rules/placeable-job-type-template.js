const { extension, templates, placeableTypes } = require('../project');

/**
 * A job type a process owner may place (placeable-job-types.json) has its element template in element-templates/,
 * so Modeler offers it with its inputs instead of a bare job type to type by hand.
 */
module.exports = function() {
  function check(node, reporter) {
    const definition = extension(node, 'zeebe:TaskDefinition');
    if (!definition || !definition.type) return;
    const type = String(definition.type);
    if (placeableTypes().has(type) && !templates().has(type)) {
      reporter.report(node.id, `"${node.name || node.id}" uses ${type}, which process owners may place, but element-templates/ has no template for it`);
    }
  }
  return { check };
};
