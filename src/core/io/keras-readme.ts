/**
 * README.md of the Keras export: what the files are and how to run
 * train.py on one device, on every GPU of a machine, and on a cluster of
 * two workers. User text (the model's name, the data's description) is
 * escaped so it stays plain text.
 */
import { SPLITS } from './dataset-csv';
import { mdText } from './escape';
import type { KerasExportInput } from './keras-export';

/** TF_CONFIG for worker `index` of the two-worker example, as one shell-quoted line. */
const tfConfig = (index: number): string =>
  `'${JSON.stringify({ cluster: { worker: ['host1:12345', 'host2:12345'] }, task: { type: 'worker', index } })}'`;

/** README.md for the exported folder. */
export function kerasReadme(input: KerasExportInput): string {
  const b = input.training.batchSize;
  return `# ${mdText(input.modelName)}: Keras export

- \`train.py\`: rebuilds the network in Keras, compiles it with the same
  optimizer, learning rate and loss, and trains it.
- ${SPLITS.map((s) => `\`${s}.csv\``).join(', ')}: the data (${mdText(input.dataDescription)}),
  one row per sample: the input values, then the ${
    input.task.kind === 'classification' ? 'class index (`label`)' : 'target values'
  }.

\`\`\`sh
pip install tensorflow numpy
\`\`\`

## One device

\`\`\`sh
python train.py     # the first GPU if there is one, else the CPU; writes model.keras
\`\`\`

## Every GPU of one machine

\`\`\`sh
python train.py --strategy mirrored
\`\`\`

\`tf.distribute.MirroredStrategy\` keeps a copy of the model on each GPU and
splits every batch between them. The batch size (${b}) is per replica: with
4 GPUs each step trains on ${b * 4} samples (\`${b} × strategy.num_replicas_in_sync\`).
Raise the learning rate with it if training is slower to converge.

## A cluster of two workers

Copy this folder to both machines, then start \`train.py\` on each with its
own \`TF_CONFIG\` (the same \`cluster\`, its own \`task\` index); training
starts when all workers are up. Worker 0 is the chief and writes
\`model.keras\`.

\`\`\`sh
# on host1
TF_CONFIG=${tfConfig(0)} python train.py --strategy multiworker
# on host2
TF_CONFIG=${tfConfig(1)} python train.py --strategy multiworker
\`\`\`

\`tf.distribute.MultiWorkerMirroredStrategy\` uses every GPU of every worker;
the global batch is ${b} × the number of GPUs in all. Each worker reads the
whole CSV and keeps its share of each batch (\`tf.data\` sharding by data).
The port (12345 here) must be open between the machines.
`;
}
