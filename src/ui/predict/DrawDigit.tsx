/**
 * Draw a digit with a mouse, finger or pen and watch the model's class
 * probabilities change as you draw. The drawing is turned into the model's
 * 28 × 28 input the way the training digits were made
 * (core/data/digit-draw.ts), shown as a small preview, and predicted at
 * most once per animation frame with one prediction in flight
 * (store/actions/predict.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DIGIT_SIDE, digitInput } from '../../core/data/digit-draw';
import { Trans, useTranslation } from '../../i18n/react';
import { predictDigit } from '../../store/actions/predict';
import { useStore } from '../../store/store';
import { INK_COLOR } from '../charts/chart-theme';
import { PredictionOutput, topOf } from './PredictionOutput';

/** Drawing surface, in canvas pixels (and CSS pixels). */
const SIZE = 280;
/** Brush diameter in canvas pixels: about MNIST's stroke width once scaled into 20 × 20. */
const BRUSH = 20;

export function DrawDigit({ blocked }: { blocked: boolean }) {
  const { t } = useTranslation('predict');
  const canvas = useRef<HTMLCanvasElement>(null);
  const preview = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef<number | null>(null);
  const [hasInk, setHasInk] = useState(false);
  const model = useStore((s) => s.model);
  const task = useStore((s) => s.dataset.task);
  const prediction = useStore((s) => s.digitPrediction);

  /** Read the drawing, update the preview and ask for a prediction (once per frame). */
  const refresh = useCallback(() => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      const c = canvas.current;
      const ctx = c?.getContext('2d', { willReadFrequently: true });
      if (!c || !ctx) return;
      const rgba = ctx.getImageData(0, 0, SIZE, SIZE).data;
      const ink = new Float32Array(SIZE * SIZE);
      for (let k = 0; k < ink.length; k++) ink[k] = (rgba[k * 4 + 3] as number) / 255;
      const pixels = digitInput({ width: SIZE, height: SIZE, ink });
      drawPreview(preview.current, pixels);
      void predictDigit(pixels);
    });
  }, []);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  // A new or retrained model: predict the drawing again.
  useEffect(() => {
    if (hasInk && model && !blocked) refresh();
  }, [model, blocked, hasInk, refresh]);

  /** Where a pointer event falls on the drawing, in canvas pixels. */
  const point = (at: { clientX: number; clientY: number }, r: DOMRect) => ({
    x: ((at.clientX - r.left) / r.width) * SIZE,
    y: ((at.clientY - r.top) / r.height) * SIZE,
  });

  const stroke = (to: { x: number; y: number }) => {
    const ctx = canvas.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const from = last.current ?? to;
    ctx.strokeStyle = INK_COLOR;
    ctx.lineWidth = BRUSH;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    // A soft edge, as on a scanned pen stroke.
    ctx.shadowColor = INK_COLOR;
    ctx.shadowBlur = 4;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + (from === to ? 0.01 : 0), to.y);
    ctx.stroke();
    last.current = to;
  };

  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, SIZE, SIZE);
    last.current = null;
    setHasInk(false);
    drawPreview(preview.current, null);
    void predictDigit(null);
  };

  const shown = prediction && prediction.model === model && hasInk && !blocked ? prediction : null;
  return (
    <div className="draw-digit">
      <h3>{t('digit.title')}</h3>
      <p className="help" id="draw-help">
        {t('digit.help')}
      </p>
      <div className="draw-row">
        <canvas
          ref={canvas}
          width={SIZE}
          height={SIZE}
          className="draw-canvas"
          role="img"
          aria-label={t('digit.canvas')}
          aria-describedby="draw-help"
          data-testid="draw-canvas"
          data-ink={hasInk ? 'yes' : 'no'}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            last.current = null;
            stroke(point(e, e.currentTarget.getBoundingClientRect()));
            setHasInk(true);
            refresh();
          }}
          onPointerMove={(e) => {
            if (last.current === null) return;
            const events = e.nativeEvent.getCoalescedEvents?.() ?? [];
            const r = e.currentTarget.getBoundingClientRect();
            for (const ev of events.length > 0 ? events : [e.nativeEvent]) stroke(point(ev, r));
            refresh();
          }}
          onPointerUp={() => {
            last.current = null;
          }}
          onPointerCancel={() => {
            last.current = null;
          }}
        />
        <div className="draw-side">
          <canvas
            ref={preview}
            width={DIGIT_SIDE}
            height={DIGIT_SIDE}
            className="digit-preview"
            role="img"
            aria-label={t('digit.preview')}
          />
          <button type="button" onClick={clear} disabled={!hasInk}>
            {t('digit.clear')}
          </button>
        </div>
      </div>
      {!hasInk && !blocked && <p className="empty">{t('digit.empty')}</p>}
      {shown?.error && (
        <p className="notice error" role="alert">
          {shown.error}
        </p>
      )}
      {shown?.values && (
        <>
          <p className="predict-top" data-testid="digit-top">
            <Trans
              t={t}
              i18nKey="digit.looksLike"
              values={{ top: topOf(task, shown.values) }}
              components={{ top: <span translate="no" /> }}
            />
          </p>
          <PredictionOutput
            task={task}
            values={shown.values}
            label={t('digit.probabilities')}
            testId="digit-prediction"
          />
        </>
      )}
    </div>
  );
}

/** Paint the 28 × 28 input as grey levels (ink dark on light, as drawn); null clears it. */
function drawPreview(c: HTMLCanvasElement | null, pixels: Float32Array | null): void {
  const ctx = c?.getContext('2d');
  if (!ctx) return;
  const img = ctx.createImageData(DIGIT_SIDE, DIGIT_SIDE);
  for (let k = 0; k < DIGIT_SIDE * DIGIT_SIDE; k++) {
    const v = 255 - Math.round((pixels?.[k] ?? 0) * 255);
    img.data.set([v, v, v, 255], k * 4);
  }
  ctx.putImageData(img, 0, 0);
}
