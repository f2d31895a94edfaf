import { describe, expect, it } from 'vitest';
import { DEFAULT_OUT, parseCommand } from './cli';
import { GROUPS } from './results';

describe('parseCommand', () => {
  it('runs every group by default and writes results.json', () => {
    expect(parseCommand([])).toEqual({
      run: { kind: 'groups', groups: [...GROUPS] },
      compare: null,
      table: false,
      out: DEFAULT_OUT,
    });
  });

  it('runs the named groups in their standard order', () => {
    expect(parseCommand(['startup', 'journeys']).run).toEqual({
      kind: 'groups',
      groups: ['journeys', 'startup'],
    });
  });

  it('runs one page with its query, as before', () => {
    expect(parseCommand(['app', '?rounds=5']).run).toEqual({
      kind: 'page',
      page: 'app.html',
      query: '?rounds=5',
    });
    expect(parseCommand(['grid', '?epochs=5']).run).toEqual({
      kind: 'page',
      page: 'grid.html',
      query: '?epochs=5',
    });
    expect(parseCommand(['grid']).run).toEqual({ kind: 'groups', groups: ['grid'] });
  });

  it('compares after a run, or without one', () => {
    expect(parseCommand(['--compare', 'old.json'])).toMatchObject({
      run: { kind: 'groups' },
      compare: 'old.json',
    });
    expect(parseCommand(['--compare', 'old.json', '--no-run'])).toMatchObject({
      run: null,
      compare: 'old.json',
    });
    expect(parseCommand(['journeys', '--compare', 'a.json', '--out', 'b.json'])).toMatchObject({
      run: { kind: 'groups', groups: ['journeys'] },
      compare: 'a.json',
      out: 'b.json',
    });
  });

  it('prints the table without running', () => {
    expect(parseCommand(['--table'])).toMatchObject({ run: null, table: true });
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parseCommand(['--compare'])).toThrow(/--compare needs a file name/);
    expect(() => parseCommand(['--no-run'])).toThrow(/--compare FILE or --table/);
    expect(() => parseCommand(['nope'])).toThrow(/neither a group .* nor a page/);
    expect(() => parseCommand(['journeys', 'nope'])).toThrow(/Unknown group nope/);
    expect(() => parseCommand(['--fast'])).toThrow(/Unknown option --fast/);
  });
});
