/**
 * Concepts of the training loop: learning rate and its schedule, batches,
 * epochs, and what guards against overfitting (regularization, dropout,
 * batch normalisation, early stopping).
 */
import type { ConceptBody } from './types';

const REG_WHERE = {
  en: 'Network panel: the Regularizer and Reg. rate settings of a Dense or Conv2D layer.',
  zh: '网络面板：全连接层或卷积层的“正则化”与“正则化系数”设置。',
};

export const TRAINING_CONCEPTS = {
  learningRate: {
    title: { en: 'Learning rate', zh: '学习率' },
    summary: {
      en: 'The size of each step the optimizer takes: the update is the learning rate times the gradient (or its adapted version). It is the single setting that matters most.',
      zh: '优化器每一步的步长：更新量等于学习率乘以梯度（或其自适应版本）。它是最重要的单个超参数。',
    },
    formula: 'w ← w − η·∇L(w),  η = learning rate',
    watch: {
      en: 'Too high: the loss jumps around, rises or becomes NaN. Too low: it falls very slowly. The learning-rate finder sweeps a range and suggests a value.',
      zh: '过高：损失上下跳动、上升或变成 NaN。过低：损失下降极慢。学习率查找器会扫描一段范围并给出建议值。',
    },
    related: ['lrSchedule', 'optimizer', 'gradientDescent', 'batchSize'],
    where: {
      en: 'Train panel: Learning rate (typed or on the log slider); it can be changed during a run.',
      zh: '训练面板：“Learning rate”（可输入或拖动对数滑块），训练过程中也能修改。',
    },
    target: 'learning-rate',
  },
  lrSchedule: {
    title: { en: 'Learning-rate schedule', zh: '学习率调度' },
    summary: {
      en: 'A rule that changes the learning rate from epoch to epoch: large steps early to make progress, small ones later to settle. Step and exponential decay cut it over time, cosine glides it to a minimum, and reduce-on-plateau cuts it when the validation loss stops improving.',
      zh: '按轮次改变学习率的规则：前期大步前进，后期小步收敛。阶梯衰减和指数衰减随时间降低学习率，余弦调度平滑降到最小值，平台衰减在验证损失不再改善时降低学习率。',
    },
    formula:
      'step: η_t = η·f^⌊t/N⌋\nexponential: η_t = η·rᵗ\ncosine: η_t = η_min + ½(η − η_min)(1 + cos(π·t/(T − 1)))',
    watch: {
      en: 'A rate that decays too fast freezes training before the loss is low. The Learning rate chart under Results shows the rate each epoch used.',
      zh: '衰减过快会在损失还很高时就让训练停滞。结果面板的学习率图表显示每一轮实际使用的学习率。',
    },
    related: ['learningRate', 'epoch', 'earlyStopping'],
    where: {
      en: 'Train panel: “Schedule, early stopping, clipping”, then Learning-rate schedule.',
      zh: '训练面板：“Schedule, early stopping, clipping”中的“Learning-rate schedule”。',
    },
    target: 'schedule-kind',
  },
  batchSize: {
    title: { en: 'Batch size', zh: '批大小' },
    summary: {
      en: 'How many training examples are averaged into one gradient step. Small batches give many noisy steps per epoch; large batches give few, smooth ones and use the hardware better.',
      zh: '每一步梯度更新平均多少个训练样本。小批次每轮步数多但噪声大；大批次每轮步数少、更平滑，也更能发挥硬件性能。',
    },
    formula: 'g = (1/B)·Σ_{n∈batch} ∇ℓₙ(w),  steps per epoch = ⌈N / B⌉',
    watch: {
      en: 'After a big change of batch size the learning rate usually needs changing too. A batch size of 1 is slow and noisy; the whole set per step can get stuck.',
      zh: '大幅改变批大小后，通常也需要调整学习率。批大小为 1 时又慢又吵；每步用整个数据集则可能卡住。',
    },
    related: ['miniBatch', 'epoch', 'learningRate', 'batchNorm'],
    where: {
      en: 'Train panel: Batch size; the line under it says which kind of descent it gives.',
      zh: '训练面板：“批大小”；其下方的说明会指出对应哪种梯度下降。',
    },
    target: 'batch-size',
  },
  miniBatch: {
    title: {
      en: 'Batch, stochastic and mini-batch gradient descent',
      zh: '批量、随机与小批量梯度下降',
    },
    summary: {
      en: 'Batch gradient descent computes each step on the whole training set; stochastic gradient descent on one example; mini-batch on a few dozen or hundred. Mini-batches are the usual compromise: fast, and their noise even helps escape poor spots.',
      zh: '批量梯度下降每一步使用整个训练集；随机梯度下降每一步只用一个样本；小批量每一步用几十到几百个样本。小批量是常用的折中：速度快，其噪声还有助于跳出不佳的区域。',
    },
    formula: 'batch: B = N    stochastic: B = 1    mini-batch: 1 < B < N',
    watch: {
      en: 'A jagged batch-loss curve is normal with small batches; judge progress by the epoch loss.',
      zh: '小批次时每批损失曲线锯齿状是正常的；请以每轮损失来判断进展。',
    },
    related: ['batchSize', 'gradientDescent', 'sgd'],
    where: {
      en: 'Train panel: Batch size (1 = stochastic, the whole training set = batch).',
      zh: '训练面板：“批大小”（1 为随机梯度下降，等于整个训练集为批量梯度下降）。',
    },
    target: 'batch-size',
  },
  epoch: {
    title: { en: 'Epoch', zh: '轮次（Epoch）' },
    summary: {
      en: 'One full pass over the training set, in batches. After each epoch the app measures the validation loss, applies the learning-rate schedule and checks early stopping.',
      zh: '按批次完整遍历一次训练集。每轮结束后，应用会计算验证损失、应用学习率调度并检查早停条件。',
    },
    formula: 'updates per run = epochs × ⌈N / B⌉',
    watch: {
      en: 'More epochs are not always better: once the validation loss turns up, further epochs only overfit.',
      zh: '轮次并非越多越好：验证损失一旦开始上升，继续训练只会过拟合。',
    },
    related: ['batchSize', 'earlyStopping', 'overfitting', 'lossCurves'],
    where: { en: 'Train panel: Epochs.', zh: '训练面板：“轮次”。' },
    target: 'epochs',
  },
  regularization: {
    title: { en: 'Regularization', zh: '正则化' },
    summary: {
      en: 'Anything that discourages the model from fitting the noise of its training set, so it generalises better: weight penalties (L1, L2), dropout, early stopping, more data. It trades a slightly worse fit of the training set for a better one on new data.',
      zh: '一切阻止模型去拟合训练集噪声、从而提升泛化能力的手段：权重惩罚（L1、L2）、随机失活、早停、增加数据。它以稍差的训练集拟合换取在新数据上更好的表现。',
    },
    formula: 'L_total = L_data + λ·Ω(w)',
    watch: {
      en: 'Too little: validation loss rises while training loss keeps falling. Too much: both stay high and boundaries are too simple (underfitting).',
      zh: '太弱：训练损失持续下降而验证损失上升。太强：两者都居高不下，边界过于简单（欠拟合）。',
    },
    related: ['l1', 'l2', 'dropout', 'earlyStopping', 'overfitting'],
    where: REG_WHERE,
    target: 'network-title',
  },
  l1: {
    title: { en: 'L1 regularization', zh: 'L1 正则化' },
    summary: {
      en: 'Adds the rate times the sum of the weights’ absolute values to the loss. It pulls every weight towards zero by the same amount, so many end up exactly zero: a sparse model.',
      zh: '在损失中加入“比率 × 权重绝对值之和”。它对每个权重施加相同大小的拉力，使许多权重恰好变为零，得到稀疏模型。',
    },
    formula: 'L_total = L + λ·Σ|w|',
    watch: {
      en: 'The rate is added per weight, so large layers feel it more; start small (1e-4 to 1e-3).',
      zh: '惩罚按每个权重累加，大的层受影响更大；从较小的值（1e-4 到 1e-3）开始。',
    },
    related: ['l2', 'regularization'],
    where: REG_WHERE,
    target: 'network-title',
  },
  l2: {
    title: { en: 'L2 regularization (weight decay)', zh: 'L2 正则化（权重衰减）' },
    summary: {
      en: 'Adds the rate times the sum of the squared weights to the loss. Large weights cost the most, so the model prefers many small weights and smoother boundaries.',
      zh: '在损失中加入“比率 × 权重平方和”。大权重代价最高，因此模型倾向于使用许多小权重，边界也更平滑。',
    },
    formula: 'L_total = L + λ·Σw²\n∂/∂w: ∇L + 2λ·w',
    watch: {
      en: 'Training loss now includes the penalty, so it can sit above the validation loss. Too high a rate flattens the model into underfitting.',
      zh: '训练损失此时包含惩罚项，因此可能高于验证损失。比率过高会把模型压平，导致欠拟合。',
    },
    related: ['l1', 'regularization', 'overfitting'],
    where: REG_WHERE,
    target: 'network-title',
  },
  dropout: {
    title: { en: 'Dropout', zh: '随机失活（Dropout）' },
    summary: {
      en: 'During training, sets a random fraction (the rate) of its inputs to zero at every step and scales the rest up to compensate. The network cannot rely on any single unit, which reduces overfitting. At prediction time it does nothing.',
      zh: '训练时每一步随机把一部分（比率）输入置零，并放大其余输入以作补偿。网络因此无法依赖任何单个单元，从而减轻过拟合。预测时它不起作用。',
    },
    formula: 'train: y = x·m / (1 − p),  m ~ Bernoulli(1 − p)\npredict: y = x',
    watch: {
      en: 'Training loss above validation loss is normal with dropout. A rate above 0.5 in a small network often underfits.',
      zh: '使用 Dropout 时训练损失高于验证损失是正常的。在小网络中比率超过 0.5 常会欠拟合。',
    },
    related: ['regularization', 'overfitting', 'batchNorm'],
    where: {
      en: 'Network panel: add a Dropout layer; its Rate is the fraction dropped.',
      zh: '网络面板：添加 Dropout 层；其“丢弃率”为被丢弃的比例。',
    },
    target: 'add-layer-kind',
  },
  batchNorm: {
    title: { en: 'Batch normalisation', zh: '批归一化' },
    summary: {
      en: 'Normalises each feature to zero mean and unit variance over the batch, then applies a learned scale γ and shift β. It steadies and speeds up the training of deep networks; at prediction time it uses running averages of the mean and variance.',
      zh: '在批次内把每个特征归一化为零均值、单位方差，再乘以可学习的缩放 γ、加上平移 β。它能让深层网络训练更稳、更快；预测时使用均值和方差的滑动平均。',
    },
    formula: 'x̂ = (x − μ_B) / √(σ²_B + ε)\ny = γ·x̂ + β\nμ_run ← m·μ_run + (1 − m)·μ_B',
    watch: {
      en: 'With very small batches the batch statistics are noisy and it can hurt. Its Momentum (m) sets how slowly the running averages follow.',
      zh: '批次很小时批统计量噪声大，反而可能有害。其“Momentum”（m）决定滑动平均跟随的快慢。',
    },
    related: ['batchSize', 'dropout', 'backpropagation'],
    where: {
      en: 'Network panel: add a BatchNormalization layer (usually after a Dense or Conv2D layer).',
      zh: '网络面板：添加 BatchNormalization 层（通常放在全连接层或卷积层之后）。',
    },
    target: 'add-layer-kind',
  },
  overfitting: {
    title: { en: 'Overfitting', zh: '过拟合' },
    summary: {
      en: 'The model learns the training examples, noise included, instead of the pattern behind them: training loss keeps falling while validation loss rises. Its opposite, underfitting, is a model too simple to fit even the training set.',
      zh: '模型记住了训练样本（包括其中的噪声），而不是背后的规律：训练损失持续下降，验证损失却上升。相反的情况是欠拟合：模型过于简单，连训练集都拟合不好。',
    },
    formula: 'gap = L_validation − L_train  (growing: overfitting)',
    watch: {
      en: 'Remedies: more data, a smaller network, L2 or dropout, early stopping. A boundary that wraps single points in the 2-D datasets is overfitting you can see.',
      zh: '对策：更多数据、更小的网络、L2 或 Dropout、早停。在二维数据集中，决策边界绕着单个点打转就是肉眼可见的过拟合。',
    },
    related: ['validationSet', 'lossCurves', 'regularization', 'earlyStopping'],
    where: {
      en: 'Results panel: compare the training and validation loss curves.',
      zh: '结果面板：比较训练损失和验证损失曲线。',
    },
    target: 'results-title',
  },
  earlyStopping: {
    title: { en: 'Early stopping', zh: '早停' },
    summary: {
      en: 'Ends training when the validation loss has not improved by at least a minimum amount for a number of epochs (the patience), and can restore the weights of the best epoch. It saves time and keeps the model from drifting into overfitting.',
      zh: '当验证损失在若干轮（耐心值）内没有改善至少一个最小幅度时结束训练，并可恢复到最佳轮次的权重。它既节省时间，又防止模型滑向过拟合。',
    },
    formula:
      'stop when  t − t_best ≥ patience\nt_best = last epoch with L_val < L_best − min_delta',
    watch: {
      en: 'Patience too small stops on a noisy bump; too large wastes epochs. It needs a validation split.',
      zh: '耐心值太小会因一次噪声波动就停止；太大则浪费轮次。它需要验证集。',
    },
    related: ['validationSet', 'overfitting', 'epoch'],
    where: {
      en: 'Train panel: “Schedule, early stopping, clipping”, then Early stopping.',
      zh: '训练面板：“Schedule, early stopping, clipping”中的“Early stopping”。',
    },
    target: 'train-title',
  },
} as const satisfies Record<string, ConceptBody>;
