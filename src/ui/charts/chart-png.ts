/**
 * A chart as a PNG: the chart's recharts SVGs (the axes under the lines)
 * are serialised, drawn onto one canvas under a title and a legend (drawn
 * in HTML, outside the SVGs), and encoded. Runs on the page; never touches
 * the store.
 */
import { t } from '../../i18n';
import { PNG_BACKGROUND, PNG_TEXT_COLOR } from './chart-theme';

export interface PngLegendEntry {
  name: string;
  color: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const HEADER_PX = 30;

/** The chart's own SVGs, bottom layer first (legend icons are SVGs too, outside the wrappers' direct children). */
function findChartSvgs(container: HTMLElement): SVGSVGElement[] {
  return [...container.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface')];
}

function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Hover decorations are not part of the chart.
  clone
    .querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot')
    .forEach((el) => el.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Text takes the page's font through CSS, which a standalone SVG does not see.
  // Set through the CSSOM: a style="" attribute is refused by the page's style-src.
  clone.style.fontFamily = FONT;
  clone.style.fontSize = '12px';
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  const img = new Image();
  img.src = url;
  return img.decode().then(
    () => {
      URL.revokeObjectURL(url);
      return img;
    },
    (e: unknown) => {
      URL.revokeObjectURL(url);
      throw new Error(t('charts:png.notDrawn', { error: String(e) }));
    },
  );
}

/**
 * Render the chart in `container` as a PNG at `scale` times its on-screen size.
 * @throws when the container holds no chart.
 */
export async function chartToPng(
  container: HTMLElement,
  title: string,
  legend: PngLegendEntry[],
  scale = 2,
): Promise<Blob> {
  const svgs = findChartSvgs(container);
  const first = svgs[0];
  if (!first) throw new Error(t('charts:png.noChart'));
  const box = first.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const layers = await Promise.all(
    svgs.map(async (svg) => {
      const at = svg.getBoundingClientRect();
      const w = Math.max(1, Math.round(at.width));
      const h = Math.max(1, Math.round(at.height));
      return { img: await svgImage(svg, w, h), x: at.left - box.left, y: at.top - box.top, w, h };
    }),
  );

  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (height + HEADER_PX) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('charts:png.noCanvas'));
  ctx.scale(scale, scale);
  ctx.fillStyle = PNG_BACKGROUND;
  ctx.fillRect(0, 0, width, height + HEADER_PX);

  ctx.textBaseline = 'middle';
  ctx.fillStyle = PNG_TEXT_COLOR;
  ctx.font = `600 14px ${FONT}`;
  ctx.fillText(title, 8, HEADER_PX / 2);
  let x = 16 + ctx.measureText(title).width;
  ctx.font = `12px ${FONT}`;
  for (const entry of legend) {
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, HEADER_PX / 2 - 1.5, 14, 3);
    ctx.fillStyle = PNG_TEXT_COLOR;
    ctx.fillText(entry.name, x + 18, HEADER_PX / 2);
    x += 30 + ctx.measureText(entry.name).width;
  }
  for (const l of layers) ctx.drawImage(l.img, l.x, HEADER_PX + l.y, l.w, l.h);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(t('charts:png.notEncoded')))),
      'image/png',
    ),
  );
}
