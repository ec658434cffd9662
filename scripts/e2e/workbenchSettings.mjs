// The user settings of a quiet, offline workbench (code-server): no gallery lookups, no update checks, no
// welcome page, no telemetry. Shared by the extension-host tests' launcher and the big-file measure.
export const quietWorkbenchSettings = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  // The web workbench saves on its own after a delay by default: a save is what a test does, as a person would.
  'files.autoSave': 'off',
};
