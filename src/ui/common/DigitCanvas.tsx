import { useEffect, useRef } from 'react';

/** Drawn size per pixel. */
const SCALE = 2;

/**
 * One grey-scale image, ink dark on white.
 * @param pixels [height · width] values 0..1, row-major
 */
export function DigitCanvas({
  pixels,
  width,
  height,
  label,
}: {
  pixels: Float32Array;
  width: number;
  height: number;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(width, height);
    pixels.forEach((v, i) => {
      const g = 255 - Math.round(Math.min(1, Math.max(0, v)) * 255);
      img.data.set([g, g, g, 255], i * 4);
    });
    ctx.putImageData(img, 0, 0);
  }, [pixels, width, height]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      style={{ width: width * SCALE, height: height * SCALE }}
      role="img"
      aria-label={label}
    />
  );
}
