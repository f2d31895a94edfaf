import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from './csp';
import { MANIFEST, PRECACHE_GLOBS } from './pwa';

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath.slice(dir.length)}/${e.name}`.replace(/^\/+/, ''));

const extensions = PRECACHE_GLOBS.flatMap((g) => /\{(.+)\}$/.exec(g)?.[1]?.split(',') ?? []);

describe('the offline build', () => {
  it('precaches every kind of file shipped in public/, so the data and icons work offline', () => {
    const shipped = filesUnder('public');
    expect(shipped).toContain('data/mnist-digits.bin');
    const missed = shipped.filter((f) => !extensions.some((x) => f.endsWith(`.${x}`)));
    expect(missed).toEqual([]);
    expect(extensions).toEqual(expect.arrayContaining(['js', 'css', 'html', 'wasm']));
  });

  it('names the manifest’s places relative to it, so the app installs from any folder', () => {
    expect(MANIFEST.start_url).toBe('./');
    expect(MANIFEST.scope).toBe('./');
    for (const icon of MANIFEST.icons ?? []) expect(icon.src).not.toMatch(/^\/|^[a-z]+:/);
  });

  it('lets the service worker and the manifest load under the page’s policy', () => {
    expect(CSP_DIRECTIVES['worker-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['manifest-src']).toBe("'self'");
  });
});
