/**
 * Painting a canvas only while it can be seen. A view that redraws during
 * training paints when its data changes if it is on screen (or near it),
 * otherwise once when it scrolls into view; it repaints when its size
 * changes. One IntersectionObserver and one ResizeObserver serve every
 * canvas on the page.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** How far outside the viewport a canvas still counts as seen, so a scroll finds it painted. */
const MARGIN = '200px';

interface Watched {
  /** The element is on screen, or within MARGIN of it. */
  onVisible(visible: boolean): void;
  onResize(): void;
}

const watched = new Map<Element, Watched>();
let intersection: IntersectionObserver | null = null;
let resize: ResizeObserver | null = null;

function watch(el: Element, w: Watched): () => void {
  if (typeof IntersectionObserver !== 'undefined') {
    intersection ??= new IntersectionObserver(
      (entries) => entries.forEach((e) => watched.get(e.target)?.onVisible(e.isIntersecting)),
      { rootMargin: MARGIN },
    );
    intersection.observe(el);
  }
  if (typeof ResizeObserver !== 'undefined') {
    resize ??= new ResizeObserver((entries) =>
      entries.forEach((e) => watched.get(e.target)?.onResize()),
    );
    resize.observe(el);
  }
  watched.set(el, w);
  return () => {
    watched.delete(el);
    intersection?.unobserve(el);
    resize?.unobserve(el);
  };
}

/**
 * Call `paint` after each render in which it changed (pass a useCallback),
 * but only while `ref`'s element is in view; a change made out of view is
 * painted when the element comes into view. Also repaints on resize.
 * A new element counts as visible until the observer says otherwise, so a
 * first paint is never late.
 */
export function useVisiblePaint(ref: RefObject<Element | null>, paint: () => void): void {
  const state = useRef({ visible: true, dirty: false, paint });
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const s = state.current;
    return watch(el, {
      onVisible(visible) {
        s.visible = visible;
        if (visible && s.dirty) {
          s.dirty = false;
          s.paint();
        }
      },
      onResize() {
        if (s.visible) s.paint();
        else s.dirty = true;
      },
    });
  }, [ref]);
  useEffect(() => {
    const s = state.current;
    s.paint = paint;
    if (s.visible) {
      s.dirty = false;
      paint();
    } else s.dirty = true;
  }, [paint]);
}
