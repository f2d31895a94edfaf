/**
 * axe-core checks for the a11y specs: the serious and critical violations
 * of a page (or one region of it), each as one readable line.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Each serious or critical violation as "rule: target (impact) — help". */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.impact}) — ${v.help}`));
}

/** The system colour schemes; with the theme on System, each shows its own theme. */
export const COLOR_SCHEMES = ['light', 'dark'] as const;
