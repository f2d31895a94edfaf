import { safeFileName } from '../../core/io/escape';
import { t } from '../../i18n';
import { showToast } from '../../store/actions/toasts';

/**
 * Save bytes as a file through the browser's download mechanism, under a
 * name legal everywhere, and say so in a toast (unless `quiet`: the caller
 * announces a set of files once).
 */
export function downloadBlob(fileName: string, blob: Blob, quiet = false): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  const name = safeFileName(fileName);
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  if (!quiet) showToast(t('shell:toasts.downloaded', { name }));
}
