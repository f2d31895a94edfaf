/** Hand built files to the browser's download, one after another. */
import type { DownloadFile } from '../../store/actions/model-files';
import { downloadBlob } from '../common/download';

export function saveFiles(files: DownloadFile[]): void {
  for (const f of files) {
    const part = typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes).slice();
    downloadBlob(f.name, new Blob([part], { type: f.type }));
  }
}
