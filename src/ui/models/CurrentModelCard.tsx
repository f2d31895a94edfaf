import { formatInt } from '../../core/format';
import { nonFiniteSummary } from '../../core/io/weight-values';
import { Trans, useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { ModelGraph } from './ModelGraph';

/** What the loaded model is: where it came from, its layers, and its optimizer state. */
export function CurrentModelCard() {
  const { t } = useTranslation('models');
  const model = useStore((s) => s.model);
  const loaded = model?.loaded;
  if (!model || !loaded) return null;
  const [maker, converter] = [loaded.generatedBy, loaded.convertedBy].filter(Boolean);
  const note = loaded.optimizerNote?.replace(/\.$/, '');
  return (
    <section className="loaded-model" aria-label={t('current.aria')} data-testid="loaded-model">
      <p>
        <Trans
          t={t}
          i18nKey="current.summary"
          values={{
            layers: loaded.layers.length,
            params: formatInt(loaded.totalParams),
            input: loaded.inputShape,
            output: loaded.outputShape,
          }}
          components={{ name: <strong translate="no">{model.name}</strong> }}
        />
      </p>
      {maker && (
        <p className="help">
          <Trans
            t={t}
            i18nKey={converter ? 'current.madeByConverted' : 'current.madeBy'}
            components={{
              origin: <span translate="no">{maker}</span>,
              converter: <span translate="no">{converter}</span>,
            }}
          />
        </p>
      )}
      {loaded.nonFinite && (
        <p className="model-warning" role="note" aria-label={t('current.warningAria')}>
          {t('current.warning', { summary: nonFiniteSummary(loaded.nonFinite) })}
        </p>
      )}
      {loaded.graphNote ? (
        <p className="help">{loaded.graphNote}</p>
      ) : model.trainable ? (
        <p className="help" data-testid="optimizer-state">
          {note
            ? t(`current.optimizerWithNote.${loaded.optimizerState}`, { note })
            : t(`current.optimizer.${loaded.optimizerState}`)}
        </p>
      ) : (
        <p className="help">{t('current.elsewhere')}</p>
      )}
      {loaded.graphNote !== null && <ModelGraph layers={loaded.layers} />}
      <details>
        <summary>{t('current.layers')}</summary>
        <table className="layer-table">
          <thead>
            <tr>
              <th scope="col">{t('current.colLayer')}</th>
              <th scope="col">{t('current.colClass')}</th>
              <th scope="col">{t('current.colOutput')}</th>
              <th scope="col">{t('current.colParams')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.layers.map((l) => (
              <tr key={l.name}>
                <td translate="no">{l.name}</td>
                <td translate="no">{l.className}</td>
                <td>{l.outputShape}</td>
                <td>{formatInt(l.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
