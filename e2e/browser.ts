/**
 * How e2e tests launch Chromium: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium if present, else Playwright's own browser
 * (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const systemChromium = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].find((p): p is string =>
  Boolean(p && existsSync(p)),
);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    ...(systemChromium && { executablePath: systemChromium }),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
}
