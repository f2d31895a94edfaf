/**
 * A fast, streaming, non-cryptographic 64-bit content hash (two cyrb53-style
 * lanes). It names an uploaded table in its dataset spec, so the same cells
 * always give the same key, however the file was read in chunks. Pure.
 */
export class ContentHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  /** Mix in the characters of `s`. */
  add(s: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** Mix in one table row: cells separated and terminated by control characters. */
  addRow(cells: readonly string[]): void {
    for (const c of cells) {
      this.add(c);
      this.add('\u001f');
    }
    this.add('\u001e');
  }

  /** The hash so far as 16 hex digits. */
  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const hex = (v: number) => (v >>> 0).toString(16).padStart(8, '0');
    return hex(h2) + hex(h1);
  }
}
