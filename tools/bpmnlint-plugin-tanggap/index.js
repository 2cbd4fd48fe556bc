// bpmnlint plugin of the project: config "plugin:tanggap/recommended" (see .bpmnlintrc).
module.exports = {
  configs: {
    recommended: {
      rules: {
        'tanggap/user-task-form': 'error',
        'tanggap/user-task-candidate-group': 'error',
        'tanggap/user-task-due-date': 'error',
        'tanggap/job-type-known': 'error',
        'tanggap/placeable-job-type-template': 'error',
        'tanggap/timer-message-named': 'error'
      }
    }
  },
  rules: {
    'user-task-form': './rules/user-task-form.js',
    'user-task-candidate-group': './rules/user-task-candidate-group.js',
    'user-task-due-date': './rules/user-task-due-date.js',
    'job-type-known': './rules/job-type-known.js',
    'placeable-job-type-template': './rules/placeable-job-type-template.js',
    'timer-message-named': './rules/timer-message-named.js'
  }
};
