/**
 * The life of a model after training: serialisation, storage, loading,
 * evaluation and prediction, and the lifecycle the glossary walks through
 * in order (train → optimise → serialise → store → load → validate → use).
 */
import type { ConceptBody, Text } from './types';

export const LIFECYCLE_CONCEPTS = {
  serialisation: {
    title: { en: 'Serialisation', zh: '序列化' },
    summary: {
      en: 'Writing a trained model out as data: its architecture (model.json) and its weights (weights.bin), optionally with the optimizer’s state so training can resume exactly. The .zip bundle adds the settings and history.',
      zh: '把训练好的模型写成数据：结构（model.json）和权重（weights.bin），还可以包含优化器状态，以便准确地继续训练。.zip 包还附带设置和训练历史。',
    },
    watch: {
      en: 'A model.json without its weights file loads with random weights in some tools; the app checks the two match when you load them back.',
      zh: '在某些工具中，缺少权重文件的 model.json 会以随机权重加载；本应用在加载时会检查两者是否匹配。',
    },
    related: ['storage', 'loading'],
    where: {
      en: 'Models panel: Download, Download .zip bundle, Export for Python / Keras.',
      zh: '模型面板：“Download”、“Download .zip bundle”、“Export for Python / Keras”。',
    },
    target: 'models-title',
  },
  storage: {
    title: { en: 'Storage', zh: '存储' },
    summary: {
      en: 'Keeping a serialised model somewhere it survives a reload. “Save to browser” puts it in this browser’s IndexedDB under a name; a download puts it in a file you keep.',
      zh: '把序列化后的模型放在页面刷新后依然存在的地方。“保存到浏览器”把它以某个名字存入本浏览器的 IndexedDB；下载则把它存为你自己保管的文件。',
    },
    watch: {
      en: 'Browser storage has a quota and can be cleared with the site data: download models you care about.',
      zh: '浏览器存储有配额限制，清除网站数据时也会被删除：重要的模型请下载保存。',
    },
    related: ['serialisation', 'loading'],
    where: {
      en: 'Models panel: Save to browser, and the list “Saved in this browser”.',
      zh: '模型面板：“保存到浏览器”以及“Saved in this browser”列表。',
    },
    target: 'model-name',
  },
  loading: {
    title: { en: 'Loading', zh: '加载' },
    summary: {
      en: 'Reading a stored model back: the architecture is rebuilt, the weights are checked against it byte for byte, and the model becomes the current one, ready to evaluate, predict or train further. A file that does not match is refused with the reason.',
      zh: '把存储的模型读回来：重建结构，逐字节核对权重与结构是否一致，然后将其设为当前模型，可用于评估、预测或继续训练。不匹配的文件会被拒绝并说明原因。',
    },
    watch: {
      en: 'A model made for other data (another number of inputs or classes) cannot predict on this dataset; the app says which shape differs.',
      zh: '为其他数据构建的模型（输入数或类别数不同）无法在当前数据集上预测；应用会指出哪个形状不一致。',
    },
    related: ['storage', 'serialisation', 'evaluation'],
    where: {
      en: 'Models panel: Load in the saved list, or upload model.json + weights.bin or a .zip bundle.',
      zh: '模型面板：在已保存列表中加载，或上传 model.json + weights.bin 或 .zip 包。',
    },
    target: 'model-upload',
  },
  evaluation: {
    title: { en: 'Evaluation', zh: '评估' },
    summary: {
      en: 'Measuring a finished model on data it has not trained on, usually the test set: its loss, and accuracy with a confusion matrix for classes or errors for regression. It is the honest check before the model is used.',
      zh: '在模型未训练过的数据（通常是测试集）上衡量训练完成的模型：损失，以及分类任务的准确率和混淆矩阵，或回归任务的误差。这是模型投入使用前的诚实检验。',
    },
    formula: 'accuracy = correct / N',
    watch: {
      en: 'A test score far below the validation score means the choices were tuned to the validation set; a tiny test set gives a noisy score.',
      zh: '测试得分远低于验证得分，说明调参过度贴合验证集；测试集太小时得分噪声很大。',
    },
    related: ['testSet', 'validationSet', 'prediction'],
    where: {
      en: 'Evaluate panel: Evaluate on test set.',
      zh: '评估面板：“Evaluate on test set”。',
    },
    target: 'evaluate-title',
  },
  prediction: {
    title: { en: 'Prediction (inference)', zh: '预测（推理）' },
    summary: {
      en: 'Using the trained model on a new input: one forward pass, with no gradients and dropout switched off. A classifier returns a probability per class, a regressor a number.',
      zh: '用训练好的模型处理新输入：只做一次前向传播，不计算梯度，Dropout 关闭。分类器输出每个类别的概率，回归模型输出一个数值。',
    },
    formula: 'ŷ = f(x; w),  class = argmaxₖ ŷₖ',
    watch: {
      en: 'Inputs far outside the training data give confident nonsense: a probability is not a guarantee.',
      zh: '远离训练数据分布的输入会得到“自信的胡说”：概率高并不等于结果可靠。',
    },
    related: ['softmax', 'evaluation', 'dropout'],
    where: {
      en: 'Predict panel: probe a point, draw a digit, fill in a row, or upload a CSV of rows.',
      zh: '预测面板：探测一个点、手写一个数字、填写一行数据，或上传多行数据的 CSV。',
    },
    target: 'predict-title',
  },
} as const satisfies Record<string, ConceptBody>;

/** One step of the lifecycle the glossary walks through. */
export interface LifecycleStep {
  id: string;
  title: Text;
  text: Text;
  /** The button that takes you there. */
  go: Text;
  /** The element (a control or a panel heading) the step focuses. */
  target: string;
  /** Concepts the step explains. */
  concepts: readonly string[];
}

export const LIFECYCLE: readonly LifecycleStep[] = [
  {
    id: 'train',
    title: { en: 'Train', zh: '训练' },
    text: {
      en: 'Pick a dataset and its splits, stack layers into a network, choose a loss, then press Train: each epoch runs the training set through the network in batches and backpropagation computes how every weight should change.',
      zh: '选择数据集及其划分，把各层堆叠成网络，选择损失函数，然后点击训练：每一轮把训练集按批次送入网络，由反向传播计算每个权重该如何变化。',
    },
    go: { en: 'Go to Train', zh: '前往训练' },
    target: 'train-title',
    concepts: ['dataset', 'neuralNetwork', 'loss', 'backpropagation', 'epoch', 'batchSize'],
  },
  {
    id: 'optimise',
    title: { en: 'Optimise', zh: '优化' },
    text: {
      en: 'The optimizer turns gradients into steps that lower the loss. You steer it with the learning rate and its schedule, and keep it honest with regularization, dropout and early stopping while you watch the training and validation curves.',
      zh: '优化器把梯度变成降低损失的更新步。你通过学习率及其调度来引导它，并借助正则化、Dropout 和早停防止过拟合，同时观察训练与验证曲线。',
    },
    go: { en: 'Go to the optimizer', zh: '前往优化器' },
    target: 'optimizer',
    concepts: ['optimizer', 'learningRate', 'lrSchedule', 'regularization', 'overfitting'],
  },
  {
    id: 'serialise',
    title: { en: 'Serialise', zh: '序列化' },
    text: {
      en: 'A trained model is written out as data: the architecture as JSON and the weights as binary, optionally with the optimizer’s state.',
      zh: '训练好的模型被写成数据：结构为 JSON，权重为二进制，还可以包含优化器状态。',
    },
    go: { en: 'Go to Models', zh: '前往模型' },
    target: 'models-title',
    concepts: ['serialisation'],
  },
  {
    id: 'store',
    title: { en: 'Store', zh: '存储' },
    text: {
      en: 'Save it in this browser under a name, or download it as files you keep.',
      zh: '以某个名字保存到本浏览器，或下载为你自己保管的文件。',
    },
    go: { en: 'Go to Save to browser', zh: '前往保存到浏览器' },
    target: 'model-name',
    concepts: ['storage'],
  },
  {
    id: 'load',
    title: { en: 'Load', zh: '加载' },
    text: {
      en: 'Load a saved model, or upload model files: the app rebuilds the network and checks the weights fit it before anything uses them.',
      zh: '加载已保存的模型，或上传模型文件：应用会重建网络，并在使用前检查权重是否与之匹配。',
    },
    go: { en: 'Go to Upload', zh: '前往上传' },
    target: 'model-upload',
    concepts: ['loading'],
  },
  {
    id: 'validate',
    title: { en: 'Validate', zh: '验证' },
    text: {
      en: 'Before trusting a model, measure it on data it never trained on: the validation set guided training, the test set judges the result once.',
      zh: '在信任模型之前，用它从未训练过的数据来衡量它：验证集指导了训练，测试集对结果做一次性评判。',
    },
    go: { en: 'Go to Evaluate', zh: '前往评估' },
    target: 'evaluate-title',
    concepts: ['evaluation', 'validationSet', 'testSet'],
  },
  {
    id: 'use',
    title: { en: 'Use', zh: '使用' },
    text: {
      en: 'Predict: feed the model new inputs and read its outputs, a probability per class or a number.',
      zh: '预测：向模型输入新数据并读取输出，即每个类别的概率或一个数值。',
    },
    go: { en: 'Go to Predict', zh: '前往预测' },
    target: 'predict-title',
    concepts: ['prediction'],
  },
];
