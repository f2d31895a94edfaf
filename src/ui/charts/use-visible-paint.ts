/**
 * Painting a canvas only while it can be seen. A view that redraws during
 * training paints when its data changes if it is on screen (or near it),
 * otherwise once when it scrolls into view; it repaints when its size
 * changes. One IntersectionObserver and one ResizeObserver serve every
 * canvas on the page. Paints wait in one queue and run in tasks of their
 * own, a few milliseconds' worth at a time: a dozen histograms changing in
 * one render are a dozen short tasks, not one long one.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** Paints run back to back within one task until this much time has gone. */
const PAINT_SLICE_MS = 6;

/** The latest paint asked for per canvas (a newer one replaces a waiting one), in order. */
const queue = new Map<object, () => void>();
let draining: ReturnType<typeof setTimeout> | null = null;

function drain(): void {
  draining = null;
  const start = performance.now();
  for (const [key, paint] of queue) {
    queue.delete(key);
    paint();
    if (performance.now() - start > PAINT_SLICE_MS) break;
  }
  if (queue.size > 0) draining = setTimeout(drain, 0);
}

/**
 * Paint `key`'s canvas in a task of its own, soon: `paint` replaces one
 * still waiting for the same key.
 */
export function queuePaint(key: object, paint: () => void): void {
  queue.delete(key); // to the back: the waiting ones came first
  queue.set(key, paint);
  draining ??= setTimeout(drain, 0);
}

/** Forget a waiting paint (its canvas is going away). */
export function cancelPaint(key: object): void {
  queue.delete(key);
}

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
    const stop = watch(el, {
      onVisible(visible) {
        s.visible = visible;
        if (visible && s.dirty) {
          s.dirty = false;
          queuePaint(s, s.paint);
        }
      },
      onResize() {
        if (s.visible) queuePaint(s, s.paint);
        else s.dirty = true;
      },
    });
    return () => {
      stop();
      cancelPaint(s);
    };
  }, [ref]);
  useEffect(() => {
    const s = state.current;
    s.paint = paint;
    if (s.visible) {
      s.dirty = false;
      queuePaint(s, paint);
    } else s.dirty = true;
  }, [paint]);
}
