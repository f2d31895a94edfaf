/** The English words of the "shell" namespace: the header, status bar, notices and toasts. */
import shortcuts from './shell-shortcuts';

const shell = {
  app: {
    title: 'Neural Network Playground',
    description:
      'Build, train, evaluate and save neural networks in your browser, on the GPU through WebGL.',
  },
  panels: {
    train: '3 · Train',
    results: '4 · Results',
    predict: '7 · Predict',
  },
  status: {
    label: 'Status',
    backend: 'Backend:',
    backendNone: 'none',
    backendStarting: 'starting…',
    reason: 'Reason',
    pinned: 'pinned',
    timings: 'Backend timings',
    timing: '{{backend}}: {{ms}} ms per batch',
    timingSkipped: '{{backend}}: {{why}}',
    gpu: 'GPU:',
    gpuNotUsed: 'not used',
    engine: 'Engine:',
    modes: {
      worker: 'Web Worker',
      page: 'page (main thread)',
    },
    state: 'State:',
    states: {
      idle: 'idle',
      training: 'training',
      paused: 'paused',
      done: 'done',
      error: 'error',
    },
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  shortcuts,
  toasts: {
    region: 'Notifications',
    undo: 'Undo',
    close: 'Close notification',
    downloaded: 'Downloaded {{name}}.',
  },
  update: {
    region: 'App update',
    offer: 'A new version is available',
    offerAfterRun: 'A new version is available — it can load when the run stops',
    deferred: 'A new version is available — reloading when the run stops',
    reloading: 'A new version is available — loading it…',
    reload: 'Reload',
    reloadAfterRun: 'Reload when the run stops',
    dontReload: 'Don’t reload',
  },
  share: {
    copy: 'Copy link',
    status: 'Link',
    copied: 'Link copied',
    manual: 'Copy this link:',
    field: 'Link to this setup',
  },
  startup: {
    region: 'Opening setup',
    restored: 'Restored your last setup',
    startFresh: 'Start fresh',
    dismiss: 'Dismiss',
    problems: 'Setup problems',
    headings: {
      link: 'Some of this link’s setup could not be used:',
      saved: 'Some of your last setup could not be used:',
    },
    busy: {
      link: 'Link: stop training, then open the link again.',
      saved: 'Saved setup: stop training, then open the link again.',
    },
    failed: {
      link: 'Link: {{error}}',
      saved: 'Saved setup: {{error}}',
    },
    pinnedBy: {
      link: 'the shared link',
      saved: 'your last setup',
    },
    chartsBeforeReload:
      'The charts show {{name}} (before reload). Its model was not kept: Train starts a new one.',
  },
} as const;

export default shell;
