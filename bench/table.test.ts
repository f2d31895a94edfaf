import { describe, expect, it } from 'vitest';
import { format } from 'prettier';
import type { BenchResults } from './results';
import { alignTable, headlineText, markdownTable, rawFigureText, tableCaption } from './table';

const results: BenchResults = {
  date: '2026-12-01T10:00:00.000Z',
  machine: { cores: 2, cpu: 'AMD EPYC', memoryGiB: 23.5, os: 'Linux 6', arch: 'x64', node: 'v20' },
  browser: { chromium: '156.0', webglRenderer: 'SwiftShader' },
  build: 'production',
  groups: ['throughput', 'journeys'],
  cases: [
    {
      name: 'throughput: app vs bare model.fit',
      group: 'throughput',
      backend: 'webgl',
      note: 'rounds 0.95, 1.02',
      throughputRatio: 0.874,
      appSamplesPerS: 574.3,
      rounds: 3,
    },
    {
      name: 'journey: spiral | noise 0',
      group: 'journeys',
      backend: 'wasm',
      note: 'stopped at the cap',
      longestTaskMs: 1042.2,
      p95FrameMs: 83.33,
      timeToTargetS: null,
      trainS: 11.4,
      fastestBackend: 'cpu',
    },
  ],
};

describe('markdown table', () => {
  it('shows headline figures with their units, bold, and raw figures as words', () => {
    expect(headlineText(results.cases[0]!)).toBe('throughput **0.87×**');
    expect(headlineText(results.cases[1]!)).toBe(
      'longest task **1,042 ms**, p95 frame **83.3 ms**, time to target **—**',
    );
    expect(rawFigureText('appSamplesPerS', 574.3)).toBe('app samples/s 574');
    expect(rawFigureText('parseMs', 4012.4)).toBe('parse 4,012 ms');
    expect(rawFigureText('trainS', 11.44)).toBe('train 11.4 s');
    expect(rawFigureText('jsBeforeFcpTransferBytes', 559176)).toBe(
      'js before fcp transfer 559,176 B',
    );
    expect(rawFigureText('fastestBackend', 'cpu')).toBe('fastest backend cpu');
  });

  it('is one row per case, escaped, and already as Prettier formats it', async () => {
    const table = markdownTable(results);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('throughput: app vs bare model.fit (webgl)');
    expect(lines[3]).toContain('journey: spiral \\| noise 0 (wasm)');
    expect(lines[3]).toContain('| train 11.4 s, fastest backend cpu |');
    expect(table).not.toContain('stopped at the cap');
    expect(await format(table, { parser: 'markdown' })).toBe(`${table}\n`);
  });

  it('leaves out a backend of none', () => {
    const c = { name: 'data: CSV', group: 'data', backend: 'none', note: '', parseMs: 4 } as const;
    expect(markdownTable({ ...results, cases: [c] })).toContain('| data: CSV      |');
  });

  it('pads columns to the widest cell', () => {
    expect(alignTable(['a', 'bb'], [['ccc', 'd']])).toBe(
      '| a   | bb  |\n| --- | --- |\n| ccc | d   |',
    );
  });

  it('says when, where and how it was measured', () => {
    expect(tableCaption(results)).toBe(
      'Measured 2026-12-01 on 2 cores (AMD EPYC), 23.5 GiB, Linux 6 x64, Node v20; ' +
        'Chromium 156.0, WebGL renderer SwiftShader; production build.',
    );
  });
});
