import { describe, expect, it } from 'vitest';
import { MAX_DOTTED_POINTS, showsDots } from './chart-theme';

describe('showsDots', () => {
  it('dots a short line, and not a long one', () => {
    expect(showsDots(MAX_DOTTED_POINTS, null)).toBe(true);
    expect(showsDots(MAX_DOTTED_POINTS + 1, null)).toBe(false);
  });

  it("chooses for a running run's whole length from its first point", () => {
    // A 50-epoch run has no dots from its first epoch, so none come off at the 41st.
    expect(showsDots(1, 50)).toBe(false);
    expect(showsDots(41, 50)).toBe(false);
    // A 30-epoch run keeps its dots throughout.
    expect(showsDots(1, 30)).toBe(true);
    expect(showsDots(30, 30)).toBe(true);
  });
});
