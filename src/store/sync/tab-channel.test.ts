import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  announce,
  closeTabChannel,
  listenToOtherTabs,
  parseTabMessage,
  TAB_CHANNEL,
} from './tab-channel';

/** Another tab's end of the channel. */
function otherTab() {
  const c = new BroadcastChannel(TAB_CHANNEL);
  const received: unknown[] = [];
  c.onmessage = (e) => received.push(e.data);
  return { c, received };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

afterEach(() => closeTabChannel());

describe('tab messages', () => {
  it('accepts only the known topics', () => {
    expect(parseTabMessage({ topic: 'models' })).toBe('models');
    expect(parseTabMessage({ topic: 'runs' })).toBe('runs');
    expect(parseTabMessage({ topic: 'other' })).toBeNull();
    expect(parseTabMessage('models')).toBeNull();
    expect(parseTabMessage(null)).toBeNull();
  });

  it('tells the other tabs, not this one', async () => {
    const other = otherTab();
    const here = vi.fn();
    const stop = listenToOtherTabs(here);
    announce('models');
    await until(() => other.received.length === 1);
    expect(other.received).toEqual([{ topic: 'models' }]);
    expect(here).not.toHaveBeenCalled();
    stop();
    other.c.close();
  });

  it('hears the other tabs, and ignores what is not ours', async () => {
    const other = otherTab();
    const heard: string[] = [];
    const stop = listenToOtherTabs((t) => heard.push(t));
    other.c.postMessage({ topic: 'nonsense' });
    other.c.postMessage({ topic: 'runs' });
    await until(() => heard.length === 1);
    expect(heard).toEqual(['runs']);
    stop();
    other.c.postMessage({ topic: 'models' });
    other.c.close();
    expect(heard).toEqual(['runs']);
  });

  it('falls back to storage events without BroadcastChannel', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', { setItem: (k: string, v: string) => items.set(k, v) });
    // The page's window, as far as storage events go.
    const page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
    const heard: string[] = [];
    const stop = listenToOtherTabs((t) => heard.push(t));
    announce('runs');
    const [key] = [...items.keys()];
    expect(key).toBe(`${TAB_CHANNEL}:runs`);
    const storageEvent = () => Object.assign(new Event('storage'), { key });
    page.dispatchEvent(storageEvent());
    expect(heard).toEqual(['runs']);
    stop();
    page.dispatchEvent(storageEvent());
    expect(heard).toEqual(['runs']);
    vi.unstubAllGlobals();
  });
});
