import './share.css';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { shareLink } from '../../store/actions/share';

type Copied = { state: 'idle' } | { state: 'copied' } | { state: 'manual'; link: string };

/**
 * "Copy link": copies the address of this setup. Where the clipboard is
 * refused (no permission, no secure context), the link is shown selected in
 * a field to copy by hand.
 */
export function CopyLink() {
  const { t } = useTranslation('shell');
  const [copied, setCopied] = useState<Copied>({ state: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    const link = shareLink();
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ state: 'copied' });
    } catch {
      setCopied({ state: 'manual', link });
      requestAnimationFrame(() => field.current?.select());
    }
  }

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      <span role="status" aria-label={t('share.status')}>
        {copied.state === 'copied' && t('share.copied')}
        {copied.state === 'manual' && t('share.manual')}
      </span>
      {copied.state === 'manual' && (
        <input
          ref={field}
          readOnly
          aria-label={t('share.field')}
          value={copied.link}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
