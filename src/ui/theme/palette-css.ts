import {
  CLASS_COLORS,
  DIVERGING_MIDDLE,
  DIVERGING_NEGATIVE,
  DIVERGING_POSITIVE,
} from '../../core/palette';

const rgb = ([r, g, b]: readonly [number, number, number]) => `rgb(${r} ${g} ${b})`;

/**
 * Write the palette onto <html> as custom properties (--color-class-N and
 * the ramp's three), so the stylesheets use the same colours as the
 * canvases without a second copy. Through the CSSOM: the page's policy
 * refuses style="" markup, not element.style.
 */
export function applyPaletteProperties(root: HTMLElement = document.documentElement): void {
  CLASS_COLORS.forEach((c, i) => root.style.setProperty(`--color-class-${i}`, c));
  root.style.setProperty('--color-ramp-low', rgb(DIVERGING_NEGATIVE));
  root.style.setProperty('--color-ramp-mid', rgb(DIVERGING_MIDDLE));
  root.style.setProperty('--color-ramp-high', rgb(DIVERGING_POSITIVE));
}
