/**
 * Let the event loop run once (messages from the page, timers) and carry
 * on: a message to itself, which unlike a timer is not clamped to 4 ms.
 */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
