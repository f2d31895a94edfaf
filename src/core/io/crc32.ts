/**
 * CRC-32 as zip, gzip and PNG use it (IEEE 802.3, reflected polynomial
 * 0xEDB88320, initial value and final xor 0xFFFFFFFF). Table-driven, one
 * byte per step: fast enough for the few hundred MB a model upload may hold.
 */

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * Continue a CRC-32 over more bytes.
 * @param crc the CRC of the bytes so far (0 for none)
 * @returns the CRC of the bytes so far followed by `bytes`, as an unsigned 32-bit integer
 */
export function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) {
    c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return ~c >>> 0;
}

/** The CRC-32 of `bytes`, as an unsigned 32-bit integer. */
export const crc32 = (bytes: Uint8Array): number => crc32Update(0, bytes);
