/**
 * Take the reader to a place on the page: open any folded section around
 * the element, scroll it into view and give it the focus (a heading or
 * other element that takes no focus is made focusable for the moment).
 */
export function reveal(elementId: string): boolean {
  const el = document.getElementById(elementId);
  if (!el) return false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
    d.open = true;
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  return true;
}
