/**
 * Renders public/icons/icon.svg to the PNG icons the manifest lists
 * (scripts/pwa.ts), with the same Chromium the e2e tests use. Run it once
 * after changing the SVG and commit the PNGs: `npx tsx scripts/make-icons.ts`.
 *
 * The maskable icon fills its whole square with the theme colour and keeps
 * the drawing inside the central 80% circle a launcher may crop it to.
 */
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { launchOptions } from '../e2e/browser';
import { THEME_COLOR } from './pwa';

const DIR = new URL('../public/icons/', import.meta.url);

interface Icon {
  file: string;
  size: number;
  /** Share of the square the drawing takes. */
  scale: number;
  background: string;
}

const ICONS: Icon[] = [
  { file: 'icon-192.png', size: 192, scale: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, background: 'transparent' },
  { file: 'maskable-512.png', size: 512, scale: 0.9, background: THEME_COLOR },
];

const svg = await readFile(new URL('icon.svg', DIR), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch(launchOptions());
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const side = Math.round(icon.size * icon.scale);
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.background}">` +
        `<img src="${src}" width="${side}" height="${side}" alt=""></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: icon.background === 'transparent' });
    await writeFile(new URL(icon.file, DIR), png);
    await page.close();
    console.log(`${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
