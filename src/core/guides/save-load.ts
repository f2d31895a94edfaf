/**
 * The life of a model outside one page: save it in the browser, reload the
 * page, load it back, evaluate it on the test set and download it. The
 * guide's progress is kept in the browser, so it survives the reload.
 */
import { finished, stepRuns } from './checks';
import { plainTraining, synthetic } from './setups';
import type { Guide } from './types';

export const SAVE_AND_LOAD: Guide = {
  id: 'save-load',
  title: 'Save a model, reload, load it back, evaluate and download it',
  summary: 'A model trained on the circle leaves the page and comes back, with its test accuracy.',
  setup: {
    dataset: synthetic('circle', 400, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('adam', 0.01, { epochs: 10 }),
  },
  steps: [
    {
      id: 'train',
      title: 'Press Train.',
      detail: 'Ten epochs are enough for the circle. The model lives in this page only, for now.',
      done: (v, c) => stepRuns(v, c).some(finished),
    },
    {
      id: 'save',
      title: 'Save it in the browser.',
      detail:
        'In the Models panel, give it a name and press Save. Weights, network, data settings and history go into this browser’s storage (IndexedDB).',
      done: (v, c) => v.saved.some((m) => Date.parse(m.savedAt) >= c.stepStartedAt),
    },
    {
      id: 'reload',
      title: 'Reload the page.',
      detail:
        'Press F5 or the browser’s reload button. The page forgets the model it held; this guide remembers where you are.',
      done: (v, c) => v.pageSession !== c.stepSession,
    },
    {
      id: 'load',
      title: 'Load the saved model back.',
      detail: 'In the Models panel, press Load beside its name.',
      done: (v) => v.modelSource === 'browser',
    },
    {
      id: 'evaluate',
      title: 'Evaluate it on the test set.',
      detail:
        'In the Evaluate panel. The test split was never used in training or for early stopping: its accuracy is the honest estimate of how the model does on new data.',
      done: (v) => v.modelSource === 'browser' && v.testEvaluated,
    },
    {
      id: 'download',
      title: 'Download it.',
      detail:
        'In the Models panel, download it as a .zip bundle (or model.json + weights.bin): it loads back here, or in TensorFlow.js anywhere.',
      done: (v, c) => v.lastDownloadAt !== null && v.lastDownloadAt >= c.stepStartedAt,
    },
  ],
};
