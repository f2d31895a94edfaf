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
  title: 'saveLoad.title',
  summary: 'saveLoad.summary',
  setup: {
    dataset: synthetic('circle', 400, 0.05),
    preset: 'relu-mlp',
    training: plainTraining('adam', 0.01, { epochs: 10 }),
  },
  steps: [
    {
      id: 'train',
      title: 'saveLoad.steps.train.title',
      detail: 'saveLoad.steps.train.detail',
      done: (v, c) => stepRuns(v, c).some(finished),
    },
    {
      id: 'save',
      title: 'saveLoad.steps.save.title',
      detail: 'saveLoad.steps.save.detail',
      done: (v, c) => v.saved.some((m) => Date.parse(m.savedAt) >= c.stepStartedAt),
    },
    {
      id: 'reload',
      title: 'saveLoad.steps.reload.title',
      detail: 'saveLoad.steps.reload.detail',
      done: (v, c) => v.pageSession !== c.stepSession,
    },
    {
      id: 'load',
      title: 'saveLoad.steps.load.title',
      detail: 'saveLoad.steps.load.detail',
      done: (v) => v.modelSource === 'browser',
    },
    {
      id: 'evaluate',
      title: 'saveLoad.steps.evaluate.title',
      detail: 'saveLoad.steps.evaluate.detail',
      done: (v) => v.modelSource === 'browser' && v.testEvaluated,
    },
    {
      id: 'download',
      title: 'saveLoad.steps.download.title',
      detail: 'saveLoad.steps.download.detail',
      done: (v, c) => v.lastDownloadAt !== null && v.lastDownloadAt >= c.stepStartedAt,
    },
  ],
};
