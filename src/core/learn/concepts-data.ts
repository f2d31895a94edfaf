/**
 * Concepts of the data and the layer kinds the editor offers (dense,
 * convolution, pooling, flatten; dropout, batch normalisation and the
 * activation layer share the concepts of the same name).
 */
import type { ConceptBody } from './types';

const LAYER_WHERE = {
  en: 'Network panel: choose it under “New layer” and press Add layer.',
  zh: '网络面板：在“新增层”中选择，然后点击添加。',
};

export const DATA_CONCEPTS = {
  dataset: {
    title: { en: 'Dataset', zh: '数据集' },
    summary: {
      en: 'The examples the model learns from: inputs (features) with the answer for each (a class or a number). The app offers 2-D toy sets, handwritten digits, tables, and your own CSV.',
      zh: '模型学习所用的样本：输入（特征）及其对应答案（类别或数值）。应用提供二维玩具数据集、手写数字、表格数据以及你自己的 CSV。',
    },
    formula: 'D = {(xₙ, yₙ)},  n = 1 … N',
    watch: {
      en: 'Features on very different scales slow training: keep scaling on. Too few examples for the network’s size invites overfitting.',
      zh: '特征尺度差异很大会拖慢训练：请保持缩放开启。样本数相对网络规模太少容易过拟合。',
    },
    related: ['trainingSet', 'validationSet', 'testSet'],
    where: { en: 'Data panel: the Dataset menu.', zh: '数据面板：“数据集”菜单。' },
    target: 'dataset-kind',
  },
  trainingSet: {
    title: { en: 'Training set', zh: '训练集' },
    summary: {
      en: 'The part of the data the optimizer learns from: every gradient step is computed on a batch of it. Its loss always looks better than the truth.',
      zh: '优化器用来学习的那部分数据：每一步梯度都在它的一个批次上计算。它上面的损失总是比真实情况好看。',
    },
    watch: {
      en: 'A low training loss alone proves little; compare it with the validation loss.',
      zh: '仅凭训练损失低说明不了什么；要与验证损失比较。',
    },
    related: ['validationSet', 'testSet', 'overfitting'],
    where: { en: 'Data panel: the Train % slider.', zh: '数据面板：“Train %”滑块。' },
    target: 'split-train',
  },
  validationSet: {
    title: { en: 'Validation set', zh: '验证集' },
    summary: {
      en: 'Data held out from the gradient steps and measured after every epoch. It guides your choices and early stopping, so it estimates how the model does on new data while you tune.',
      zh: '不参与梯度更新、在每轮结束后评估的数据。它指导你的调参和早停，用来估计模型在新数据上的表现。',
    },
    watch: {
      en: 'Tuning many settings against it slowly overfits it too: that is why a separate test set judges the final model.',
      zh: '反复针对它调整大量设置，也会慢慢对它过拟合：因此需要独立的测试集来评判最终模型。',
    },
    related: ['trainingSet', 'testSet', 'earlyStopping', 'lossCurves'],
    where: { en: 'Data panel: the Validation % slider.', zh: '数据面板：“Validation %”滑块。' },
    target: 'split-validation',
  },
  testSet: {
    title: { en: 'Test set', zh: '测试集' },
    summary: {
      en: 'Data the model never sees while you train and tune, used once at the end to judge it. Its score is the honest estimate of performance on new data.',
      zh: '在训练和调参过程中模型从未见过的数据，只在最后用来评判一次。它的得分是对新数据表现的诚实估计。',
    },
    watch: {
      en: 'Looking at the test score and then changing the model makes it a second validation set.',
      zh: '看过测试得分后再去修改模型，它就变成了第二个验证集。',
    },
    related: ['evaluation', 'validationSet'],
    where: {
      en: 'Data panel: what Train and Validation leave; the Evaluate panel measures it.',
      zh: '数据面板：训练集和验证集之外剩下的部分；由评估面板来度量。',
    },
    target: 'split-validation',
  },
  lossCurves: {
    title: { en: 'Training and validation loss curves', zh: '训练损失与验证损失曲线' },
    summary: {
      en: 'The loss on the training set and on the validation set, epoch by epoch. Together they tell the story of a run: both falling is learning, a widening gap is overfitting, both flat and high is underfitting.',
      zh: '训练集和验证集上的损失随轮次的变化。两条曲线一起讲述训练过程：都在下降表示在学习，差距扩大表示过拟合，都平坦且偏高表示欠拟合。',
    },
    watch: {
      en: 'Spikes or NaN: the learning rate is too high. Validation below training is normal with dropout or L2 (the training loss includes their effect).',
      zh: '出现尖峰或 NaN：学习率过高。使用 Dropout 或 L2 时验证损失低于训练损失是正常的（训练损失包含了它们的影响）。',
    },
    related: ['overfitting', 'loss', 'validationSet', 'earlyStopping'],
    where: {
      en: 'Results panel: the Loss chart (and the metric chart under it).',
      zh: '结果面板：“损失”图表（及其下方的指标图表）。',
    },
    target: 'results-title',
  },
} as const satisfies Record<string, ConceptBody>;

export const LAYER_CONCEPTS = {
  dense: {
    title: { en: 'Dense layer', zh: '全连接层（Dense）' },
    summary: {
      en: 'Every output unit is a weighted sum of every input plus a bias, passed through the activation. It has inputs × units + units parameters.',
      zh: '每个输出单元都是所有输入的加权和加上偏置，再经过激活函数。参数量为“输入数 × 单元数 + 单元数”。',
    },
    formula: 'y = φ(W·x + b),  W: [units, inputs]',
    watch: {
      en: 'On images it ignores which pixels are neighbours and needs many parameters: put Conv2D and pooling first, then Flatten.',
      zh: '用于图像时它忽略了像素的相邻关系且参数很多：应先用 Conv2D 和池化，再展平。',
    },
    related: ['neuron', 'activation', 'flatten'],
    where: LAYER_WHERE,
    target: 'add-layer-kind',
  },
  conv2d: {
    title: { en: 'Conv2D (2-D convolution)', zh: '二维卷积层（Conv2D）' },
    summary: {
      en: 'Slides small learned filters over the image; each filter computes a weighted sum of a small patch at every position, so it detects one local pattern wherever it appears. It shares weights across positions, so it needs few parameters.',
      zh: '在图像上滑动小的可学习滤波器；每个滤波器在每个位置计算一个小区域的加权和，因此无论图案出现在哪里都能检测到。权重在各位置共享，参数很少。',
    },
    formula: 'y[i, j, f] = φ(Σ_{u,v,c} K_f[u, v, c]·x[i·s + u, j·s + v, c] + b_f)',
    watch: {
      en: '“valid” padding shrinks the image by kernel − 1 each time: stacks can run out of pixels. Conv2D needs image inputs (the digits).',
      zh: '“不填充”（valid）方式每次会把图像缩小 kernel − 1：堆叠过多可能没有像素可用。Conv2D 需要图像输入（手写数字）。',
    },
    related: ['maxPool2d', 'flatten', 'dense'],
    where: LAYER_WHERE,
    target: 'add-layer-kind',
  },
  maxPool2d: {
    title: { en: 'Max pooling', zh: '最大池化' },
    summary: {
      en: 'Keeps the largest value of each small window, shrinking the image and making the features a little insensitive to small shifts. It has no parameters.',
      zh: '保留每个小窗口中的最大值，缩小图像并让特征对小的平移不那么敏感。它没有参数。',
    },
    formula: 'y[i, j, c] = max_{u,v < p} x[i·s + u, j·s + v, c]',
    watch: {
      en: 'Pooling too often throws away position detail; one pool after each conv block is typical.',
      zh: '池化过多会丢失位置细节；通常每个卷积块后接一次池化。',
    },
    related: ['avgPool2d', 'conv2d'],
    where: LAYER_WHERE,
    target: 'add-layer-kind',
  },
  avgPool2d: {
    title: { en: 'Average pooling', zh: '平均池化' },
    summary: {
      en: 'Replaces each small window by its mean: a smoother down-sampling than max pooling. It has no parameters.',
      zh: '用每个小窗口的平均值替换该窗口：比最大池化更平滑的下采样。它没有参数。',
    },
    formula: 'y[i, j, c] = (1/p²)·Σ_{u,v < p} x[i·s + u, j·s + v, c]',
    watch: {
      en: 'It can blur strong, small features that max pooling would keep.',
      zh: '它可能把最大池化能保留的小而强的特征模糊掉。',
    },
    related: ['maxPool2d', 'conv2d'],
    where: LAYER_WHERE,
    target: 'add-layer-kind',
  },
  flatten: {
    title: { en: 'Flatten', zh: '展平层（Flatten）' },
    summary: {
      en: 'Unrolls an image-shaped tensor [height, width, channels] into one long vector, so Dense layers can follow. It changes only the shape.',
      zh: '把形如 [高, 宽, 通道] 的张量展开成一个长向量，以便后接全连接层。它只改变形状。',
    },
    formula: '[h, w, c] → [h·w·c]',
    watch: {
      en: 'A big image flattened straight into a wide Dense layer means a huge parameter count: pool first.',
      zh: '大图像直接展平后接很宽的全连接层，参数量会非常大：先做池化。',
    },
    related: ['dense', 'conv2d'],
    where: LAYER_WHERE,
    target: 'add-layer-kind',
  },
} as const satisfies Record<string, ConceptBody>;
