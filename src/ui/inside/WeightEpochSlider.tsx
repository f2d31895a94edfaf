import { useTranslation } from '../../i18n/react';

/** The epoch picker of the weight views: a slider over the summaries held, with "Epoch 7 of 12". */
export function WeightEpochSlider({
  epochs,
  index,
  following,
  onPick,
  onFollow,
}: {
  /** Epoch of each summary held, ascending. */
  epochs: number[];
  index: number;
  /** True while the view follows the newest summary. */
  following: boolean;
  onPick: (index: number) => void;
  onFollow: () => void;
}) {
  const { t } = useTranslation('inside');
  const epoch = epochs[index] ?? 0;
  const last = epochs.at(-1) ?? 0;
  const text =
    last === 0
      ? t('weights.initial')
      : t(epoch === 0 ? 'weights.epochOfInitial' : 'weights.epochOf', { epoch, last });
  return (
    <div className="weight-epoch">
      <input
        type="range"
        min={0}
        max={Math.max(0, epochs.length - 1)}
        step={1}
        value={index}
        disabled={epochs.length < 2}
        aria-label={t('weights.slider')}
        aria-valuetext={text}
        onChange={(e) => onPick(Number(e.target.value))}
      />
      <output data-testid="weight-epoch" aria-live="off">
        {text}
      </output>
      {!following && (
        <button type="button" onClick={onFollow}>
          {t('weights.follow')}
        </button>
      )}
    </div>
  );
}
