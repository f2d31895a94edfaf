/** Hand built files to the browser's download, one after another, with one toast for them all. */
import { safeFileName } from '../../core/io/escape';
import type { DownloadFile } from '../../store/actions/model-files';
import { showToast } from '../../store/actions/toasts';
import { t } from '../../i18n';
import { downloadBlob } from '../common/download';

export function saveFiles(files: DownloadFile[]): void {
  for (const f of files) {
    const part = typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes).slice();
    downloadBlob(f.name, new Blob([part], { type: f.type }), true);
  }
  if (files.length > 0)
    showToast(
      t('models:files.downloaded', {
        files: files.map((f) => safeFileName(f.name)).join(t('models:files.and')),
      }),
    );
}
