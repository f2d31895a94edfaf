/**
 * Whether an element is on screen (or within `margin` of it), for views
 * that need not redraw while nobody can see them. True until the observer
 * first says otherwise, and always where there is no IntersectionObserver.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useInView(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setInView(last.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return inView;
}

/**
 * `value` while `live`; while not, the value it had when it last was, so a
 * view out of sight keeps what it drew and catches up when seen again.
 */
export function useHeldWhile<T>(value: T, live: boolean): T {
  const [held, setHeld] = useState(value);
  if (live && !Object.is(held, value)) setHeld(value);
  return live ? value : held;
}
