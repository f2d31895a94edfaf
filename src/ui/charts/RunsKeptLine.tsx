import { formatBytes } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { NoticeLine } from '../common/Panel';

/**
 * How many runs this browser keeps and the space they take, read-only,
 * with the runs' latest message (a dropped run, a damaged record).
 */
export function RunsKeptLine() {
  const { t } = useTranslation('charts');
  const usage = useStore((s) => s.runsUsage);
  const message = useStore((s) => s.runsMessage);
  if (!usage) return null;
  return (
    <div className="runs-kept">
      <p className="help">{t('runsKept', { n: usage.count, size: formatBytes(usage.bytes) })}</p>
      <NoticeLine notice={message} testId="runs-message" />
    </div>
  );
}
