/**
 * README.md of the Keras export: what the files are and how to run
 * train.py on one device, on every GPU of a machine, and on a cluster of
 * two workers. User text (the model's name, the data's description) is
 * escaped so it stays plain text.
 */
import { SPLITS } from './dataset-csv';
import { mdText } from './escape';
import type { KerasExportInput } from './keras-export';
import { t } from '../../i18n';
import type en from '../../i18n/locales/en/models-readme';

type KerasReadmeKey = keyof (typeof en)['kerasReadme'];

/** TF_CONFIG for worker `index` of the two-worker example, as one shell-quoted line. */
const tfConfig = (index: number): string =>
  `'${JSON.stringify({ cluster: { worker: ['host1:12345', 'host2:12345'] }, task: { type: 'worker', index } })}'`;

/** README.md for the exported folder, its prose in the current language. */
export function kerasReadme(input: KerasExportInput): string {
  const b = input.training.batchSize;
  // The keys are this namespace's kerasReadme entries; the values differ per key.
  const r = (key: KerasReadmeKey, values: Record<string, string | number> = {}): string =>
    (t as (key: string, values: Record<string, string | number>) => string)(
      `models:kerasReadme.${key}`,
      values,
    );
  return `# ${r('title', { name: mdText(input.modelName) })}

- ${r('trainPy')}
- ${r('data', {
    files: SPLITS.map((s) => `\`${s}.csv\``).join(', '),
    description: mdText(input.dataDescription),
    what: input.task.kind === 'classification' ? r('whatClass') : r('whatTarget'),
  })}

\`\`\`sh
pip install tensorflow numpy
\`\`\`

## ${r('oneDevice')}

\`\`\`sh
python train.py     # ${r('oneDeviceComment')}
\`\`\`

## ${r('everyGpu')}

\`\`\`sh
python train.py --strategy mirrored
\`\`\`

${r('mirrored', { b, b4: b * 4 })}

## ${r('cluster')}

${r('clusterText')}

\`\`\`sh
# ${r('onHost', { host: 'host1' })}
TF_CONFIG=${tfConfig(0)} python train.py --strategy multiworker
# ${r('onHost', { host: 'host2' })}
TF_CONFIG=${tfConfig(1)} python train.py --strategy multiworker
\`\`\`

${r('multiworker', { b })}
`;
}
