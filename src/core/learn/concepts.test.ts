import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPTS, conceptsAtoZ, isConceptId, LANGUAGES, LIFECYCLE } from './index';
import type { Text } from './types';

const CJK = /[\u4e00-\u9fff]/;
const entries = Object.entries(CONCEPTS);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}
const UI = [...sourceFiles('src/ui'), ...sourceFiles('src/app')].map((f) =>
  readFileSync(f, 'utf8'),
);
const UI_TEXT = UI.join('\n');

function expectBothLanguages(text: Text, what: string) {
  for (const l of LANGUAGES) expect(text[l].trim(), `${what} (${l})`).not.toBe('');
  expect(text.zh, `${what} is in Chinese`).toMatch(CJK);
  expect(text.en, `${what} is in English`).not.toMatch(CJK);
}

describe('the concepts', () => {
  it('every concept has every text in English and Chinese', () => {
    for (const [id, c] of entries) {
      expectBothLanguages(c.title, `${id} title`);
      expectBothLanguages(c.summary, `${id} summary`);
      expectBothLanguages(c.watch, `${id} watch`);
      expectBothLanguages(c.where, `${id} where`);
    }
  });

  it('every explanation is two to four sentences', () => {
    const counts = entries.map(([id, c]) => ({
      id,
      sentences: c.summary.en.split(/(?<=[.!?])\s+(?=[A-Z“(])/).length,
    }));
    expect(counts.filter((c) => c.sentences < 2 || c.sentences > 4)).toEqual([]);
  });

  it('related ids name other concepts', () => {
    for (const [id, c] of entries) {
      expect(c.related.length, id).toBeGreaterThan(0);
      for (const r of c.related) {
        expect(isConceptId(r), `${id} → ${r}`).toBe(true);
        expect(r, `${id} relates to itself`).not.toBe(id);
      }
    }
  });

  it('every place a concept points to is an element the app renders', () => {
    const targets = [...entries.map(([, c]) => c.target), ...LIFECYCLE.map((s) => s.target)];
    for (const target of new Set(targets)) {
      const panel = target.endsWith('-title') ? target.slice(0, -'-title'.length) : null;
      const found =
        UI_TEXT.includes(`id="${target}"`) || (panel !== null && UI_TEXT.includes(`id="${panel}"`));
      expect(found, target).toBe(true);
    }
  });

  it('every concept the UI explains exists', () => {
    const used = [...UI_TEXT.matchAll(/\b(?:explain|concept)="([A-Za-z0-9]+)"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(15);
    for (const id of used) expect(isConceptId(id), id).toBe(true);
  });

  it('uses the standard Chinese terms', () => {
    const zh = (id: keyof typeof CONCEPTS) => CONCEPTS[id].title.zh;
    expect(zh('learningRate')).toContain('学习率');
    expect(zh('loss')).toContain('损失函数');
    expect(zh('optimizer')).toContain('优化器');
    expect(zh('backpropagation')).toContain('反向传播');
    expect(zh('regularization')).toContain('正则化');
    expect(zh('batchNorm')).toContain('批归一化');
    expect(zh('overfitting')).toContain('过拟合');
    expect(zh('validationSet')).toContain('验证集');
  });

  it('lists every concept once, A–Z by English title', () => {
    const list = conceptsAtoZ();
    expect(list).toHaveLength(entries.length);
    const titles = list.map((c) => c.title.en.toLowerCase());
    expect([...titles].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(titles);
  });
});

describe('the lifecycle', () => {
  it('walks train → optimise → serialise → store → load → validate → use', () => {
    expect(LIFECYCLE.map((s) => s.id)).toEqual([
      'train',
      'optimise',
      'serialise',
      'store',
      'load',
      'validate',
      'use',
    ]);
    for (const s of LIFECYCLE) {
      expectBothLanguages(s.title, s.id);
      expectBothLanguages(s.text, s.id);
      expectBothLanguages(s.go, s.id);
      for (const c of s.concepts) expect(isConceptId(c), `${s.id} → ${c}`).toBe(true);
    }
  });
});
