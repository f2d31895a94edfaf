import { describe, expect, it } from 'vitest';
import type { Task } from '../data/dataset';
import { kerasLayerLines } from '../model/keras';
import { DEFAULT_NETWORK, outputHead } from '../model/network-spec';
import { DEFAULT_TRAINING } from '../train/training-config';
import { kerasScript, type KerasExportInput } from './keras-export';
import { kerasReadme } from './keras-readme';
import { readPyStringLiteral } from './py-literal-testing';

const task: Task = { kind: 'classification', classNames: ['a', 'b'] };
const NASTY = '模型 "α"\\n """ \\N{x}\nline two"';
const input = (
  modelName = 'net',
  dataDescription = 'Circle, 400 samples, seed 1',
): KerasExportInput => ({
  layerLines: kerasLayerLines(DEFAULT_NETWORK, { inputShape: [2], task }),
  head: outputHead(DEFAULT_NETWORK, task),
  modelName,
  inputShape: [2],
  task,
  training: { ...DEFAULT_TRAINING, batchSize: 32 },
  dataDescription,
});

/** The module docstring: the literal that opens the script. */
const docstring = (script: string): string =>
  readPyStringLiteral(script.slice(0, script.indexOf('"""', 3) + 3));

describe('train.py strategies', () => {
  const script = kerasScript(input());

  it('offers --strategy with the three choices, and says the batch is per replica', () => {
    expect(script).toContain(
      '"--strategy",\n        choices=["default", "mirrored", "multiworker"],',
    );
    expect(script).toContain('BATCH_SIZE = 32  # per replica');
    expect(script).toMatch(/The batch size of \{BATCH_SIZE\} is per replica/);
    expect(script).toContain('strategy.num_replicas_in_sync');
  });

  it('maps each choice to its tf.distribute strategy, multiworker with TF_CONFIG', () => {
    expect(script).toContain('return tf.distribute.MirroredStrategy(), True');
    expect(script).toContain('return tf.distribute.MultiWorkerMirroredStrategy(), chief');
    expect(script).toContain('json.loads(os.environ["TF_CONFIG"])');
    expect(script).toContain('return tf.distribute.get_strategy(), True');
  });

  it('builds and compiles inside strategy.scope(), with global batches through tf.data', () => {
    const scope = script.indexOf('with strategy.scope():\n    model = keras.Sequential(');
    expect(scope).toBeGreaterThan(0);
    expect(script.indexOf('    model.compile(')).toBeGreaterThan(scope);
    expect(script).toContain('global_batch = BATCH_SIZE * strategy.num_replicas_in_sync');
    expect(script).toContain('tf.data.Dataset.from_tensor_slices(split)');
    expect(script).toContain(
      'options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA',
    );
    expect(script).toContain('as_dataset(train, global_batch, shuffle=SHUFFLE)');
  });

  it('says in the README how to run on one device, all GPUs and two workers', () => {
    const readme = kerasReadme(input());
    expect(readme).toContain('python train.py     # the first GPU');
    expect(readme).toContain('python train.py --strategy mirrored');
    const configs = [
      ...readme.matchAll(/TF_CONFIG='(.+?)' python train.py --strategy multiworker/g),
    ];
    expect(configs.map((m) => JSON.parse(m[1] as string))).toEqual(
      [0, 1].map((index) => ({
        cluster: { worker: ['host1:12345', 'host2:12345'] },
        task: { type: 'worker', index },
      })),
    );
  });
});

describe('user text in the export', () => {
  it('keeps a name with quotes, backslashes, new lines and """ inside the docstring', () => {
    const doc = docstring(kerasScript(input(NASTY, 'my "data".csv (label \\y)')));
    expect(doc.split('\n')[0]).toBe(`Train ${NASTY.split('\n')[0]}`);
    expect(doc).toContain(`${NASTY} with TensorFlow / Keras.`);
    expect(doc).toContain('(my "data".csv (label \\y); 2 classes)');
  });

  it('names the Keras model with a plain identifier', () => {
    expect(kerasScript(input(NASTY))).toContain('name="_n_N_x_line_two_",');
  });

  it('keeps the README title one line of plain text', () => {
    const title = kerasReadme(input(NASTY)).split('\n')[0];
    expect(title).toBe('# 模型 "α"\\\\n """ \\\\N\\{x\\} line two": Keras export');
  });
});
