import { useRef, useState } from 'react';
import { renameRun } from '../../store/actions/runs';
import { useStore } from '../../store/store';
import { useTranslation } from '../../i18n/react';
import { shownRunName } from '../../core/experiments/run-names';

/**
 * A run's name, renamed in place: click it (or Enter on it) to edit, Enter
 * or leaving the box saves, Escape cancels. A refused name keeps the box
 * open with the reason under it.
 */
export function RunName({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('runs');
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The box's text as last typed: a blur that follows Escape must not save.
  const editing = useRef<string | null>(null);
  const errorId = `run-name-error-${id}`;
  const edit = (text: string | null) => {
    editing.current = text;
    setDraft(text);
  };
  const cancel = () => {
    edit(null);
    setError(null);
  };
  const save = async () => {
    const text = editing.current;
    if (text === null) return;
    if (text === name) return cancel();
    if (await renameRun(id, text)) cancel();
    else setError(useStore.getState().runsMessage?.text ?? t('row.nameNotSaved'));
  };
  if (draft === null)
    return (
      <button
        type="button"
        className="run-name link"
        translate="no"
        aria-label={t('row.renameAria', { name: shownRunName(name) })}
        title={t('row.renameTitle')}
        onClick={() => edit(name)}
      >
        {shownRunName(name)}
      </button>
    );
  return (
    <span className="run-name-edit">
      <input
        aria-label={t('row.newNameAria', { name })}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={draft}
        autoFocus
        onChange={(e) => {
          edit(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
          else if (e.key === 'Escape') cancel();
        }}
        onBlur={() => void save()}
      />
      {error && (
        <span className="field-error" role="alert" id={errorId}>
          {error}
        </span>
      )}
    </span>
  );
}
