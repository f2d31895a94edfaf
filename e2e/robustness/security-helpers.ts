/**
 * Watches a page and its workers for what a strict policy must never see:
 * Content-Security-Policy violations (the events and the console's
 * "Refused to …" errors) and requests to any origin but the app's own.
 * Any spec can use it: `const watch = watchSecurity(page)` before the
 * first `goto`, then `await watch.expectClean()` at the end.
 */
import { expect, type ConsoleMessage, type Page, type Worker } from '@playwright/test';

export interface SecurityWatch {
  /** Each violation as "<directive> <blocked URI> (<where>)". */
  readonly violations: string[];
  /** Every request URL to another origin (data: and blob: are local). */
  readonly foreign: string[];
  /** Every request URL seen, the page's and its workers'. */
  readonly requests: string[];
  expectClean(): Promise<void>;
}

const CSP_CONSOLE =
  /Content Security Policy|Refused to (load|execute|evaluate|compile|create|connect|apply|frame)/;

export function watchSecurity(page: Page, appOrigin = 'http://127.0.0.1'): SecurityWatch {
  const violations: string[] = [];
  const foreign: string[] = [];
  const requests: string[] = [];
  const own = (url: string) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return true;
    return new URL(url).origin.startsWith(appOrigin);
  };
  const fromConsole = (where: string) => (msg: ConsoleMessage) => {
    if (CSP_CONSOLE.test(msg.text())) violations.push(`${msg.text()} (${where})`);
  };

  void page.exposeBinding('__reportViolation', (_source, text: string) => {
    violations.push(`${text} (page)`);
  });
  void page.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation?: (t: string) => void })
        .__reportViolation;
      report?.(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', fromConsole('page console'));
  page.on('worker', (worker: Worker) => {
    worker.on('console', fromConsole(`worker ${worker.url()}`));
    // The worker reports its own violation events through its console.
    void worker
      .evaluate(() => {
        self.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`,
          );
        });
      })
      .catch(() => undefined);
  });
  page.context().on('request', (req) => {
    requests.push(req.url());
    if (!own(req.url())) foreign.push(req.url());
  });

  return {
    violations,
    foreign,
    requests,
    async expectClean() {
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
  };
}
