import { useEffect, useRef } from 'react';
import type { Dataset } from '../../core/data/dataset';

/** Digits shown. */
const SHOWN = 24;
const SCALE = 2;

function Digit({ pixels, label }: { pixels: Float32Array; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(28, 28);
    pixels.forEach((v, i) => {
      // Ink dark on white, as on paper.
      const g = 255 - Math.round(v * 255);
      img.data.set([g, g, g, 255], i * 4);
    });
    ctx.putImageData(img, 0, 0);
  }, [pixels]);
  return (
    <li>
      <canvas
        ref={ref}
        width={28}
        height={28}
        style={{ width: 28 * SCALE, height: 28 * SCALE }}
        role="img"
        aria-label={`Digit labelled ${label}`}
      />
      <span>{label}</span>
    </li>
  );
}

/** The first training images with their labels. */
export function DigitGrid({ dataset }: { dataset: Dataset }) {
  const part = dataset.train;
  const per = 28 * 28;
  const names = dataset.task.kind === 'classification' ? dataset.task.classNames : [];
  const n = Math.min(SHOWN, part.n);
  return (
    <figure className="digits">
      <ul aria-label="Sample digits">
        {Array.from({ length: n }, (_, i) => (
          <Digit
            key={`${i}-${part.y[i]}`}
            pixels={part.x.subarray(i * per, i * per + per)}
            label={names[part.y[i] as number] ?? String(part.y[i])}
          />
        ))}
      </ul>
      <figcaption className="help">
        {n} of the {part.n.toLocaleString('en-US')} training images, with their labels.
      </figcaption>
    </figure>
  );
}
