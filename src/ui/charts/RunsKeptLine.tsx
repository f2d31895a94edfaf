import { formatBytes } from '../../core/format';
import { useStore } from '../../store/store';
import { NoticeLine } from '../common/Panel';

/**
 * How many runs this browser keeps and the space they take, read-only,
 * with the runs' latest message (a dropped run, a damaged record).
 */
export function RunsKeptLine() {
  const usage = useStore((s) => s.runsUsage);
  const message = useStore((s) => s.runsMessage);
  if (!usage) return null;
  return (
    <div className="runs-kept">
      <p className="help">
        Runs: {usage.count} kept · {formatBytes(usage.bytes)}
      </p>
      <NoticeLine notice={message} testId="runs-message" />
    </div>
  );
}
