import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { closeWorker, pageApi, ServiceClosedError, workerApi } from './connect';

/** A service with an async method, a sync one that reads `this`, and a field. */
class Counter {
  count = 0;
  add(n: number): number {
    this.count += n;
    return this.count;
  }
  async later(n: number): Promise<string> {
    return `later ${this.add(n)}`;
  }
}

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

/** The same service behind comlink, as a worker would host it. */
function remote(service: Counter): Comlink.Remote<Counter> {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  Comlink.expose(service, port1);
  return Comlink.wrap<Counter>(port2);
}

describe('pageApi', () => {
  it('answers every method with a promise, on the service itself', async () => {
    const service = new Counter();
    const api = pageApi(service);
    const sum = api.add(2);
    expect(sum).toBeInstanceOf(Promise);
    expect(await sum).toBe(2);
    expect(await api.later(3)).toBe('later 5');
    expect(service.count).toBe(5);
  });

  it('answers as the same service behind comlink does', async () => {
    const onPage = pageApi(new Counter());
    const inWorker = remote(new Counter());
    for (const api of [onPage, inWorker]) {
      expect(await api.add(4)).toBe(4);
      expect(await api.later(1)).toBe('later 5');
    }
  });
});

interface Slow {
  echo(x: number): number;
  never(): Promise<number>;
}

/** A service on one end of a channel, and the other end dressed as its worker. */
function slowWorker(): Worker {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const service: Slow = { echo: (x) => x, never: () => new Promise<number>(() => {}) };
  Comlink.expose(service, port1);
  return Object.assign(port2, { terminate: () => port2.close() }) as unknown as Worker;
}

describe('workerApi', () => {
  it('answers calls while the worker runs', async () => {
    const worker = slowWorker();
    const api = workerApi<Slow>(worker);
    expect(await api.echo(7)).toBe(7);
    closeWorker(api, worker);
  });

  it('fails a call still waiting when the worker is closed, instead of waiting for ever', async () => {
    const worker = slowWorker();
    const api = workerApi<Slow>(worker);
    const waiting = api.never();
    closeWorker(api, worker);
    await expect(waiting).rejects.toBeInstanceOf(ServiceClosedError);
  });
});
