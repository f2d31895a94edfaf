// Before the e2e tests: make sure a Chromium exists. Uses $CHROMIUM_PATH or
// Debian's /usr/bin/chromium when present (see e2e/browser.ts); otherwise
// fetches Playwright's own Chromium once, so `npm test` is the only command.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!system && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing Playwright’s (npx playwright install chromium)…');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
