import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n/react';
import { cellLabel } from './class-labels';
import { shownClassName } from '../../core/data/class-names';

/**
 * The confusion matrix as a table: rows are the true class, columns the
 * predicted one. Each cell is shaded by its share of its row (the true
 * class's samples); the diagonal (right answers) has its own colour. With
 * `onSelect`, each cell is a button that shows its examples.
 */
export function ConfusionMatrix({
  confusion,
  classNames,
  selected,
  onSelect,
}: {
  confusion: number[][];
  classNames: string[];
  selected: { t: number; p: number } | null;
  onSelect: ((trueClass: number, predictedClass: number) => void) | null;
}) {
  const { t } = useTranslation('evaluate');
  const name = (i: number) => shownClassName(classNames[i] ?? String(i));
  return (
    <div className="table-scroll">
      <table className="confusion" aria-label={t('confusion.label')}>
        <caption>{onSelect ? t('confusion.captionClick') : t('confusion.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="corner">
              {t('confusion.corner')}
            </th>
            {confusion.map((_, p) => (
              <th scope="col" key={p} translate="no">
                {name(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {confusion.map((row, actual) => {
            const total = row.reduce((a, b) => a + b, 0);
            return (
              <tr key={actual}>
                <th scope="row" translate="no">
                  {name(actual)}
                </th>
                {row.map((count, p) => {
                  const share = total > 0 ? count / total : 0;
                  const diagonal = actual === p;
                  const label = cellLabel(count, name(actual), name(p));
                  // The count stays dark: the shades are capped so that it reads on every one.
                  const style = { '--share': share.toFixed(3) } as CSSProperties;
                  const cls = `${diagonal ? 'diagonal' : 'off'}${count === 0 ? ' zero' : ''}`;
                  return (
                    <td key={p} className={cls} style={style} data-testid={`cm-${actual}-${p}`}>
                      {onSelect ? (
                        <button
                          type="button"
                          aria-label={label}
                          aria-pressed={selected?.t === actual && selected.p === p}
                          onClick={() => onSelect(actual, p)}
                        >
                          {count}
                        </button>
                      ) : (
                        <span title={label}>{count}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
