/**
 * Telling the other open tabs of the playground that the saved models or
 * the recorded runs changed, so they re-read them: a BroadcastChannel where
 * the browser has one, else a localStorage key whose `storage` event the
 * other tabs see. Only the topic travels; every tab reads the data itself.
 * Messages from elsewhere are checked before use.
 */

/** What changed in the browser's storage. */
export type TabTopic = 'models' | 'runs';

export const TAB_CHANNEL = 'nn-playground-sync';
const TOPICS: readonly TabTopic[] = ['models', 'runs'];

/** The topic of a message from another tab, or null for anything else. */
export function parseTabMessage(data: unknown): TabTopic | null {
  const topic = (data as { topic?: unknown } | null)?.topic;
  return TOPICS.find((t) => t === topic) ?? null;
}

let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(TAB_CHANNEL);
    // In Node (unit tests) an open channel would keep the process alive.
    (channel as { unref?: () => void }).unref?.();
  }
  return channel;
}

const storageKey = (topic: TabTopic) => `${TAB_CHANNEL}:${topic}`;

/** Tell the other tabs that `topic` changed (this tab is not told). */
export function announce(topic: TabTopic): void {
  const c = openChannel();
  if (c) return c.postMessage({ topic });
  try {
    // A new value each time, or no event fires.
    globalThis.localStorage?.setItem(storageKey(topic), `${Date.now()}-${Math.random()}`);
  } catch {
    // No storage at all: the other tabs see the change when they reload.
  }
}

/** Call `on` whenever another tab announces a change; returns the function that stops it. */
export function listenToOtherTabs(on: (topic: TabTopic) => void): () => void {
  const c = openChannel();
  if (c) {
    const handle = (e: MessageEvent) => {
      const topic = parseTabMessage(e.data);
      if (topic) on(topic);
    };
    c.addEventListener('message', handle);
    return () => c.removeEventListener('message', handle);
  }
  const handle = (e: StorageEvent) => {
    const topic = TOPICS.find((t) => e.key === storageKey(t));
    if (topic) on(topic);
  };
  globalThis.addEventListener?.('storage', handle);
  return () => globalThis.removeEventListener?.('storage', handle);
}

/** Close the channel (tests). */
export function closeTabChannel(): void {
  channel?.close();
  channel = null;
}
