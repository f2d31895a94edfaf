import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeSetup, encodeSetup, readSetupParam } from '../../core/experiments/url-state';
import { linkOf } from '../../core/experiments/testing';
import { DataService } from '../../worker/data-service';
import { localDataApi, setDataApi } from '../../worker/data-client';
import { startReactions } from '../reactions';
import { memoryPlace } from '../share/setup-place';
import { resetStore, useStore } from '../store';
import { currentRunConfig } from './run-config';
import { setDatasetSpec } from './data';
import { addLayer } from './network';
import { scheduleSetupWrite, shareLink, startingConfig, writeSetupNow } from './share';
import { applyStartupSetup, openLinkedSetup, readStartupSetup, startFresh } from './startup';
import { setLearningRate, setOptimizer } from './training-config';

const state = () => useStore.getState();
const noFetch = () => Promise.reject(new Error('no files in this test'));
const current = () => currentRunConfig(state());
const decodedHash = (hash: string) =>
  decodeSetup(readSetupParam(hash) as string, startingConfig()).config;

beforeEach(() => {
  resetStore();
  setDataApi(localDataApi(new DataService(noFetch)));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the hash follows the setup', () => {
  it('is rewritten once edits pause, with one replace for a burst of edits', () => {
    vi.useFakeTimers();
    const place = memoryPlace('#view=map');
    for (const rate of [0.1, 0.02, 0.003]) {
      setLearningRate(rate);
      scheduleSetupWrite(place);
    }
    vi.advanceTimersByTime(299);
    expect(place.replaces).toBe(0);
    vi.advanceTimersByTime(1);
    expect(place.replaces).toBe(1);
    expect(place.url).toMatch(/^#view=map&setup=/);
    expect(decodedHash(place.url).training.learningRate).toBe(0.003);
    expect(place.stored).toBe(readSetupParam(place.url));
  });

  it('keeps the last valid setup while a field is invalid', () => {
    const place = memoryPlace();
    writeSetupNow(place);
    const before = place.url;
    setLearningRate(-1);
    writeSetupNow(place);
    expect(place.url).toBe(before);
    expect(decodedHash(place.url)).toEqual(startingConfig());
  });

  it('is written by the reaction through history.replaceState, never pushState', () => {
    vi.useFakeTimers();
    const loc = { hash: '', pathname: '/app/', search: '?backend=cpu', href: '' };
    const replaceState = vi.fn((_s: unknown, _t: string, url: string) => {
      loc.hash = url.slice(url.indexOf('#'));
    });
    const pushState = vi.fn();
    vi.stubGlobal('location', loc);
    vi.stubGlobal('history', { state: null, replaceState, pushState });
    const stop = startReactions();
    setOptimizer('sgd');
    addLayer('dense');
    vi.advanceTimersByTime(300);
    stop();
    expect(pushState).not.toHaveBeenCalled();
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(replaceState.mock.calls[0]?.[2]).toMatch(/^\/app\/\?backend=cpu#setup=/);
    expect(decodedHash(loc.hash)).toEqual(current());
  });

  it('is up to date in a shared link even right after an edit', () => {
    vi.useFakeTimers();
    const place = memoryPlace();
    setDatasetSpec({ samples: 250 });
    scheduleSetupWrite(place);
    shareLink(place);
    expect(decodedHash(place.url).dataset).toMatchObject({ samples: 250 });
  });
});

describe('the setup the app starts with', () => {
  const spiralLink = () => {
    setDatasetSpec({ kind: 'spiral' } as never);
    setLearningRate(0.004);
    return encodeSetup(current(), startingConfig());
  };

  it('comes from the hash, which wins over storage', async () => {
    const link = spiralLink();
    resetStore();
    const place = memoryPlace(`#setup=${link}`, encodeSetup(startingConfig(), startingConfig()));
    await applyStartupSetup(readStartupSetup(place));
    expect(state().datasetSpec.kind).toBe('spiral');
    expect(state().training.learningRate).toBe(0.004);
    expect(state().startupNotice).toBeNull();
  });

  it('restores the last setup without a hash, and Start fresh goes back', async () => {
    const stored = spiralLink();
    resetStore();
    const place = memoryPlace('', stored);
    await applyStartupSetup(readStartupSetup(place));
    expect(state().datasetSpec.kind).toBe('spiral');
    expect(state().startupNotice).toEqual({ source: 'saved', problems: [], restored: true });
    await startFresh(place);
    expect(current()).toEqual(startingConfig());
    expect(state().startupNotice).toBeNull();
    expect(decodeSetup(place.stored as string, startingConfig()).config).toEqual(startingConfig());
  });

  it('ignores a corrupt stored setup with a note', async () => {
    const place = memoryPlace('', '{"not": "a setup"}');
    await applyStartupSetup(readStartupSetup(place));
    expect(current()).toEqual(startingConfig());
    expect(state().startupNotice?.restored).toBe(false);
    expect(state().startupNotice?.problems[0]).toMatch(
      /^Saved setup: .*using the default setup\.$/,
    );
  });

  it('applies the rest of a link whose fields are partly bad', async () => {
    const place = memoryPlace(
      `#setup=${linkOf({ v: 1, training: { learningRate: -1, epochs: 9 }, mystery: 1 })}`,
    );
    await applyStartupSetup(readStartupSetup(place));
    expect(state().training.epochs).toBe(9);
    expect(state().training.learningRate).toBe(startingConfig().training.learningRate);
    expect(state().startupNotice?.problems).toEqual([
      'Link: unknown field "mystery" ignored.',
      'Link: learning rate must be at least 0.000001; using 0.01.',
    ]);
  });

  it('asks for an uploaded CSV again and still applies the rest', async () => {
    const csv = {
      kind: 'csv',
      file: { name: 'mine.csv', hash: '00112233445566ff', rows: 42 },
      label: 'y',
      features: ['a', 'b'],
      task: 'classification',
      missing: 'drop',
      scaling: 'none',
      seed: 1,
      split: { train: 60, validation: 20 },
    };
    const place = memoryPlace(`#setup=${linkOf({ v: 1, dataset: csv, training: { epochs: 4 } })}`);
    await applyStartupSetup(readStartupSetup(place));
    expect(state().datasetSpec.kind).toBe('circle');
    expect(state().awaitingUpload?.file.name).toBe('mine.csv');
    expect(state().training.epochs).toBe(4);
    expect(state().startupNotice?.problems).toEqual([
      'Link: This data came from mine.csv (42 rows). Upload that file again to recreate it.',
    ]);
  });

  it('opens a link pasted into an open page, but not while a run is going', async () => {
    const link = spiralLink();
    resetStore();
    const place = memoryPlace(`#setup=${link}`);
    useStore.setState({ trainState: 'training' });
    await openLinkedSetup(place);
    expect(state().datasetSpec.kind).toBe('circle');
    expect(state().startupNotice?.problems).toEqual([
      'Link: stop training, then open the link again.',
    ]);
    useStore.setState({ trainState: 'idle' });
    await openLinkedSetup(place);
    expect(state().datasetSpec.kind).toBe('spiral');
    expect(state().startupNotice).toBeNull();
  });
});
