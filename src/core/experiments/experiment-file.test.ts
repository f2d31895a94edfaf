import { describe, expect, it } from 'vitest';
import {
  EXPERIMENT_MAX_BYTES,
  experimentJson,
  experimentSizeProblem,
  parseExperiment,
} from './experiment-file';
import { sampleRun } from './testing';

const file = (o: object) => JSON.stringify(o);
const runs = [sampleRun(), sampleRun({ id: 'run-2', name: 'Run 2', continuedFrom: 'run-1' })];

describe('experiment files', () => {
  it('round-trip their runs', () => {
    const text = experimentJson(runs);
    expect(JSON.parse(text)).toMatchObject({ format: 'nn-playground-experiment', version: 1 });
    expect(parseExperiment(text)).toEqual({ ok: true, value: runs });
  });

  it('refuse hostile or mistaken files, each with its own message', () => {
    const cases: [string, string][] = [
      ['{not json', 'The file is not JSON'],
      [file({ format: 'keras', version: 1, runs }), 'This is not an experiment file'],
      [file([1, 2]), 'This is not an experiment file'],
      [
        file({ format: 'nn-playground-experiment', version: 2, runs }),
        'The file is experiment version 2, from a newer app; this one reads version 1.',
      ],
      [
        file({ format: 'nn-playground-experiment', version: 'one', runs }),
        `The file's experiment version ("one") is not one this app knows (1).`,
      ],
      [file({ format: 'nn-playground-experiment', version: 1 }), 'The file has no "runs" list.'],
      [
        file({ format: 'nn-playground-experiment', version: 1, runs: [] }),
        'The file holds no runs.',
      ],
      ['', 'The file is empty.'],
    ];
    for (const [text, message] of cases) {
      const r = parseExperiment(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(message);
    }
  });

  it('name the run and the field that is wrong, counting runs from 1', () => {
    const bad = runs.map((r, i) =>
      i === 1 ? { ...r, epochs: r.epochs.map((e, j) => (j === 2 ? { ...e, loss: null } : e)) } : r,
    );
    const text = file({ format: 'nn-playground-experiment', version: 1, runs: bad });
    expect(parseExperiment(text)).toEqual({
      ok: false,
      error: 'run 2: epochs[2].loss must be a number',
    });
  });

  it('refuse files over the size limit before reading them', () => {
    expect(experimentSizeProblem(EXPERIMENT_MAX_BYTES + 1)).toBe(
      'The file is 50.0 MB; experiment files may be at most 50.0 MB.',
    );
    expect(experimentSizeProblem(EXPERIMENT_MAX_BYTES)).toBeNull();
    const r = parseExperiment(' '.repeat(EXPERIMENT_MAX_BYTES + 1));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('at most 50.0 MB') });
  });
});
