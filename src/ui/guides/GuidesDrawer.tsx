import { useEffect, useRef } from 'react';
import { guideById } from '../../core/guides/guides';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { GuideList } from './GuideList';
import { GuideSteps } from './GuideSteps';

/**
 * The drawer: the list of recipes, or the one being followed with its
 * steps. Escape closes it and gives focus back to the header button.
 */
export function GuidesDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('guides');
  const progress = useStore((s) => s.guide);
  const message = useStore((s) => s.guideMessage);
  const heading = useRef<HTMLHeadingElement>(null);
  const guide = progress && guideById(progress.guideId);

  useEffect(() => heading.current?.focus(), []);

  return (
    <aside
      id="guides-drawer"
      className="guides-drawer"
      aria-labelledby="guides-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="guides-head">
        <h2 id="guides-title" ref={heading} tabIndex={-1}>
          {t('drawer.title')}
        </h2>
        <button type="button" className="icon" aria-label={t('drawer.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {message && (
        <p className={`notice ${message.kind}`} role="alert">
          {message.text}
        </p>
      )}
      {guide && progress ? <GuideSteps guide={guide} progress={progress} /> : <GuideList />}
    </aside>
  );
}
