/**
 * A past run back in the editor: its settings ("Restore settings"), or its
 * kept model, so that the next Train continues it ("Continue").
 */
import { t } from '../../i18n';
import { useStore } from '../store';
import { loadSaved } from './models';
import { applyRunConfig } from './run-config';

const say = (kind: 'info' | 'error', text: string) =>
  useStore.setState({ runsMessage: { kind, text } });

const findRun = (id: string) => useStore.getState().runs.find((r) => r.id === id);

/** Put run `id`'s configuration back in the editor, with a message either way. */
export async function restoreRunSettings(id: string): Promise<boolean> {
  const run = findRun(id);
  if (!run) return (say('error', t('runs:msg.gone')), false);
  const r = await applyRunConfig(run.config);
  if (!r.ok)
    return (say('error', t('runs:msg.restoreFailed', { name: run.name, error: r.error })), false);
  say('info', t('runs:msg.settingsRestored', { name: run.name }));
  return true;
}

/** Whether run `id` kept its model in the library, so it can be continued. */
export const canContinueRun = (
  run: { modelName: string | null },
  saved: readonly { name: string }[],
): boolean => run.modelName !== null && saved.some((m) => m.name === run.modelName);

/** Load run `id`'s kept model, so that the next Train continues it. */
export async function continueRun(id: string): Promise<boolean> {
  const run = findRun(id);
  if (!run) return (say('error', t('runs:msg.gone')), false);
  const s = useStore.getState();
  if (!run.modelName || !canContinueRun(run, s.saved))
    return (say('error', t('runs:msg.notKept', { name: run.name })), false);
  await loadSaved(run.modelName);
  const model = useStore.getState().model;
  if (model?.name !== run.modelName) {
    const why = useStore.getState().modelsMessage?.text ?? t('runs:msg.didNotLoad');
    return (
      say('error', t('runs:msg.loadFailed', { name: run.name, model: run.modelName, error: why })),
      false
    );
  }
  say('info', t('runs:msg.continueLoaded', { name: run.name, model: run.modelName }));
  return true;
}
