import { describe, expect, it } from 'vitest';
import { buildDataset, type Task } from '../data/dataset';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { kerasLayerLines } from '../model/keras';
import { defaultLayer } from '../model/layer-kinds';
import { DEFAULT_NETWORK, outputHead, type NetworkSpec } from '../model/network-spec';
import { DEFAULT_TRAINING } from '../train/training-config';
import { columnName, csvColumns, partToCsv } from './dataset-csv';
import { kerasCallbacks, kerasLabels, kerasLoss, kerasOptimizer } from './keras-compile';
import { kerasScript, type KerasExportInput } from './keras-export';

const classes3: Task = { kind: 'classification', classNames: ['a', 'b', 'c'] };

function exportFor(
  network: NetworkSpec,
  inputShape: number[],
  task: Task,
  training = DEFAULT_TRAINING,
): KerasExportInput {
  const io = { inputShape, task };
  return {
    layerLines: kerasLayerLines(network, io),
    head: outputHead(network, task),
    modelName: 'my model',
    inputShape,
    task,
    training,
    dataDescription: 'Circle, 400 samples, noise 0.1, seed 1',
  };
}

/** The lines of the script between `keras.Sequential([` and its closing `]`. */
function layerBlock(script: string): string[] {
  const start =
    script.indexOf('    model = keras.Sequential(\n        [\n') +
    '    model = keras.Sequential(\n        [\n'.length;
  return script
    .slice(start, script.indexOf('\n        ],', start))
    .split('\n')
    .map((l) => l.slice(4));
}

describe('kerasScript', () => {
  it('writes an MLP with Adam, its learning rate and the classifier loss', () => {
    const script = kerasScript(
      exportFor(DEFAULT_NETWORK, [2], { kind: 'classification', classNames: ['0', '1'] }),
    );
    expect(layerBlock(script)).toEqual([
      '        layers.Input(shape=(2,)),',
      '        layers.Dense(8, activation="tanh", kernel_initializer="glorot_uniform", use_bias=True, name="dense_1"),',
      '        layers.Dense(8, activation="tanh", kernel_initializer="glorot_uniform", use_bias=True, name="dense_2"),',
      '        layers.Dense(2, activation=None, name="output"),',
      '        layers.Activation("softmax", name="softmax"),',
    ]);
    expect(script).toContain(
      'optimizer=keras.optimizers.Adam(learning_rate=0.03, beta_1=0.9, beta_2=0.999, epsilon=1e-7),',
    );
    expect(script).toContain('loss=keras.losses.SparseCategoricalCrossentropy(),');
    expect(script).toContain('metrics=["accuracy"],');
    expect(script).toContain('INPUT_SHAPE = (2,)\nTARGETS = 1\nSEED = 42\nBATCH_SIZE = 16');
    expect(script).toContain('EPOCHS = 50\nSHUFFLE = True');
    expect(script).toContain('y = data[:, -1].astype(np.int32)');
    expect(script).toContain('name="my_model",');
    expect(script).toContain('from tensorflow.keras import layers, regularizers');
  });

  it('writes a CNN with every layer kind, SGD, and the binary sigmoid head', () => {
    const kinds = [
      'conv2d',
      'batchNorm',
      'maxPool2d',
      'avgPool2d',
      'dropout',
      'flatten',
      'activation',
      'dense',
    ] as const;
    const network: NetworkSpec = {
      layers: kinds.map((k, i) => defaultLayer(k, `l${i}`)),
      binaryHead: 'sigmoid',
    };
    const task: Task = { kind: 'classification', classNames: ['no', 'yes'] };
    const script = kerasScript(
      exportFor(network, [8, 8, 1], task, {
        ...DEFAULT_TRAINING,
        optimizer: 'sgd',
        learningRate: 0.1,
        loss: 'binaryCrossentropy',
      }),
    );
    const block = layerBlock(script);
    expect(block[0]).toBe('        layers.Input(shape=(8, 8, 1)),');
    const classes = block.slice(1).map((l) => /layers\.(\w+)\(/.exec(l)?.[1]);
    expect(classes).toEqual([
      'Conv2D',
      'BatchNormalization',
      'MaxPooling2D',
      'AveragePooling2D',
      'Dropout',
      'Flatten',
      'Activation',
      'Dense',
      'Dense',
      'Activation',
    ]);
    expect(block.every((l) => l.endsWith('),'))).toBe(true);
    expect(block.at(-1)).toBe('        layers.Activation("sigmoid", name="sigmoid"),');
    expect(script).toContain('optimizer=keras.optimizers.SGD(learning_rate=0.1),');
    expect(script).toContain('loss=keras.losses.BinaryCrossentropy(),');
    expect(script).toContain('y = data[:, -1:]');
    expect(script).toContain('INPUT_SHAPE = (8, 8, 1)');
  });

  it('trains a regressor with mean squared error on its target columns', () => {
    const task: Task = { kind: 'regression', targetNames: ['price', 'rent'] };
    const script = kerasScript(
      exportFor(DEFAULT_NETWORK, [3], task, { ...DEFAULT_TRAINING, loss: 'mse' }),
    );
    expect(script).toContain('loss=keras.losses.MeanSquaredError(),');
    expect(script).toContain('metrics=["mae"],');
    expect(script).toContain('TARGETS = 2');
    expect(script).toContain('y = data[:, -2:]');
    expect(kerasScript(exportFor(DEFAULT_NETWORK, [3], classes3))).toContain(
      '(Circle, 400 samples, noise 0.1, seed 1; 3 classes)',
    );
  });

  it('undoes a scaled target in a last Rescaling layer, as the playground’s model does', () => {
    const task: Task = { kind: 'regression', targetNames: ['mpg'] };
    const io = { inputShape: [3], task, targetScaling: { offset: [23.5], scale: [7.8] } };
    expect(kerasLayerLines(DEFAULT_NETWORK, io).at(-1)).toBe(
      'layers.Rescaling(scale=7.8, offset=23.5, name="output_scaling")',
    );
    expect(kerasLayerLines(DEFAULT_NETWORK, { ...io, targetScaling: null }).at(-1)).toContain(
      'name="output"',
    );
  });
});

describe('compile and fit settings', () => {
  const t = (over: Partial<typeof DEFAULT_TRAINING>) => ({ ...DEFAULT_TRAINING, ...over });

  it.each([
    ['sgd', {}, 'keras.optimizers.SGD(learning_rate=0.03)'],
    [
      'momentum',
      { momentum: 0.8, nesterov: true },
      'keras.optimizers.SGD(learning_rate=0.03, momentum=0.8, nesterov=True)',
    ],
    [
      'adam',
      { beta1: 0.8, beta2: 0.99, epsilon: 1e-8 },
      'keras.optimizers.Adam(learning_rate=0.03, beta_1=0.8, beta_2=0.99, epsilon=1e-8)',
    ],
    [
      'adamax',
      {},
      'keras.optimizers.Adamax(learning_rate=0.03, beta_1=0.9, beta_2=0.999, epsilon=1e-7)',
    ],
    [
      'rmsprop',
      { decay: 0.8, momentum: 0.1, epsilon: 1e-7, centered: true },
      'keras.optimizers.RMSprop(learning_rate=0.03, rho=0.8, momentum=0.1, epsilon=1e-7, centered=True)',
    ],
    [
      'adagrad',
      { initialAccumulatorValue: 0.2 },
      'keras.optimizers.Adagrad(learning_rate=0.03, initial_accumulator_value=0.2)',
    ],
    [
      'adadelta',
      { rho: 0.9, epsilon: 1e-6 },
      'keras.optimizers.Adadelta(learning_rate=0.03, rho=0.9, epsilon=0.000001)',
    ],
  ] as const)('maps %s with its settings', (optimizer, optimizerSettings, line) => {
    expect(kerasOptimizer(t({ optimizer, optimizerSettings }))).toBe(line);
  });

  it('adds gradient clipping to the optimizer', () => {
    expect(kerasOptimizer(t({ optimizer: 'sgd', clip: { kind: 'norm', threshold: 2 } }))).toBe(
      'keras.optimizers.SGD(learning_rate=0.03, clipnorm=2)',
    );
    expect(kerasOptimizer(t({ optimizer: 'sgd', clip: { kind: 'value', threshold: 0.5 } }))).toBe(
      'keras.optimizers.SGD(learning_rate=0.03, clipvalue=0.5)',
    );
  });

  it.each([
    ['categoricalCrossentropy', 'keras.losses.SparseCategoricalCrossentropy()'],
    ['binaryCrossentropy', 'keras.losses.BinaryCrossentropy()'],
    ['mse', 'keras.losses.MeanSquaredError()'],
    ['mae', 'keras.losses.MeanAbsoluteError()'],
    ['huber', 'keras.losses.Huber(delta=2.5)'],
  ] as const)('maps the %s loss', (loss, line) => {
    expect(kerasLoss(t({ loss, huberDelta: 2.5 }))).toBe(line);
  });

  it('one-hot encodes labels for a softmax head trained on squared error', () => {
    expect(kerasLabels({ units: 3, activation: 'softmax' }, classes3, 'mse').y).toBe(
      'keras.utils.to_categorical(data[:, -1].astype(np.int32), 3)',
    );
  });

  it.each([
    ['constant', []],
    ['step', ['keras.callbacks.LearningRateScheduler(lambda epoch: 0.03 * 0.5 ** (epoch // 10))']],
    ['exponential', ['keras.callbacks.LearningRateScheduler(lambda epoch: 0.03 * 0.95 ** epoch)']],
    [
      'cosine',
      [
        'keras.callbacks.LearningRateScheduler(lambda epoch: 0.00001 + (0.03 - 0.00001) * (1 + math.cos(math.pi * min(1, epoch / 49))) / 2)',
      ],
    ],
    [
      'plateau',
      [
        'keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=5, min_delta=1e-4, min_lr=0.00001)',
      ],
    ],
  ] as const)('writes the %s schedule as a callback', (kind, lines) => {
    expect(kerasCallbacks(t({ schedule: { ...DEFAULT_TRAINING.schedule, kind } }))).toEqual(lines);
  });

  it('writes early stopping as a callback, and both into fit', () => {
    const config = t({
      earlyStopping: { enabled: true, patience: 3, minDelta: 0.01, restoreBest: true },
      schedule: { ...DEFAULT_TRAINING.schedule, kind: 'exponential' },
      shuffle: false,
    });
    expect(kerasCallbacks(config)[1]).toBe(
      'keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, min_delta=0.01, restore_best_weights=True)',
    );
    const script = kerasScript(exportFor(DEFAULT_NETWORK, [2], classes3, config));
    expect(script).toContain('SHUFFLE = False');
    expect(script).toContain(
      '    validation_data=as_dataset(validation, global_batch),\n    callbacks=[\n        keras.callbacks.LearningRateScheduler(lambda epoch: 0.03 * 0.95 ** epoch),\n        keras.callbacks.EarlyStopping(',
    );
  });
});

describe('dataset CSV', () => {
  it('writes each split with a header, inputs then the label', () => {
    const ds = buildDataset({ ...DEFAULT_DATASET_SPEC, samples: 40 });
    const csv = partToCsv(ds, ds.test);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('x1,x2,label');
    expect(lines).toHaveLength(ds.test.n + 1);
    const [x1, x2, label] = (lines[1] as string).split(',').map(Number);
    expect(Math.fround(x1!)).toBe(ds.test.x[0]);
    expect(Math.fround(x2!)).toBe(ds.test.x[1]);
    expect(label).toBe(ds.test.y[0]);
  });

  it('names columns for images and regression targets', () => {
    expect(
      csvColumns({
        inputShape: [2, 2],
        featureNames: [],
        task: { kind: 'regression', targetNames: ['sale price'] },
      }),
    ).toEqual(['x0', 'x1', 'x2', 'x3', 'sale_price']);
    expect(columnName('∑', 'y0')).toBe('y0');
    expect(
      partToCsv(
        {
          inputShape: [1],
          featureNames: ['a'],
          task: { kind: 'regression', targetNames: ['p', 'q'] },
        },
        { x: new Float32Array([0.1]), y: new Float32Array([2, 3.5]), n: 1 },
      ),
    ).toBe('a,p,q\n0.100000001,2,3.5\n');
  });
});
