/**
 * Concepts of the loss: what a loss is, and one concept per loss the app
 * offers, keyed by its id.
 */
import type { LossId } from '../train/losses';
import type { ConceptBody } from './types';

const LOSS_WHERE = {
  en: 'Train panel: the Loss menu (it offers the losses that fit the network’s output).',
  zh: '训练面板：“损失”菜单（只提供与网络输出相匹配的损失函数）。',
};

export const LOSS_CONCEPTS = {
  loss: {
    title: { en: 'Loss function', zh: '损失函数' },
    summary: {
      en: 'One number that says how wrong the model’s outputs are on a batch of examples. Training is the search for weights that make it small; the optimizer follows its gradient downhill.',
      zh: '一个数值，衡量模型在一批样本上的输出错得有多离谱。训练就是寻找让它变小的权重；优化器沿着它的梯度下坡。',
    },
    formula: 'L(w) = (1/N)·Σₙ ℓ(ŷₙ(w), yₙ)',
    watch: {
      en: 'A loss that does not match the output (cross-entropy on a regression, say) trains nothing useful. NaN means the steps are too big: lower the learning rate.',
      zh: '损失与输出不匹配（比如回归任务用交叉熵）什么也训练不出来。出现 NaN 说明步子太大：降低学习率。',
    },
    related: ['mse', 'categoricalCrossentropy', 'optimizer', 'lossCurves'],
    where: LOSS_WHERE,
    target: 'loss',
  },
  categoricalCrossentropy: {
    title: { en: 'Categorical cross-entropy', zh: '多分类交叉熵' },
    summary: {
      en: 'The negative log of the probability the model gives to the true class, averaged over the examples. It is the standard loss for a softmax classifier and punishes confident mistakes hardest.',
      zh: '模型赋予真实类别的概率取负对数，再对样本求平均。它是 Softmax 分类器的标准损失，对“自信的错误”惩罚最重。',
    },
    formula: 'L = −(1/N)·Σₙ Σₖ yₙₖ·log(pₙₖ)\n(y one-hot, p = softmax output)',
    watch: {
      en: 'Needs a softmax output with one unit per class. A loss near ln(K) (about 1.1 for 3 classes) means the model is still guessing uniformly.',
      zh: '需要每类一个单元的 Softmax 输出。损失接近 ln(K)（3 类约为 1.1）说明模型仍在均匀瞎猜。',
    },
    related: ['softmax', 'binaryCrossentropy', 'loss'],
    where: LOSS_WHERE,
    target: 'loss',
  },
  binaryCrossentropy: {
    title: { en: 'Binary cross-entropy', zh: '二元交叉熵' },
    summary: {
      en: 'Cross-entropy for two classes with a single sigmoid output p, the probability of class 1. It is low when p is near the true label (0 or 1) and grows without bound for confident mistakes.',
      zh: '用于二分类、单个 Sigmoid 输出 p（类别 1 的概率）的交叉熵。p 接近真实标签（0 或 1）时损失低，自信的错误会使损失无限增大。',
    },
    formula: 'L = −(1/N)·Σₙ [yₙ·log(pₙ) + (1 − yₙ)·log(1 − pₙ)]',
    watch: {
      en: 'Needs exactly one sigmoid output unit. A loss stuck near ln 2 ≈ 0.69 means the model is no better than a coin.',
      zh: '需要恰好一个 Sigmoid 输出单元。损失停在 ln 2 ≈ 0.69 附近说明模型不比抛硬币强。',
    },
    related: ['sigmoid', 'categoricalCrossentropy', 'loss'],
    where: LOSS_WHERE,
    target: 'loss',
  },
  mse: {
    title: { en: 'Mean squared error (MSE)', zh: '均方误差（MSE）' },
    summary: {
      en: 'The average of the squared differences between prediction and target: the standard regression loss. Squaring makes large errors count much more than small ones.',
      zh: '预测值与目标值之差的平方的平均：回归任务的标准损失。平方使大误差的权重远高于小误差。',
    },
    formula: 'MSE = (1/N)·Σₙ (ŷₙ − yₙ)²',
    watch: {
      en: 'Outliers pull the fit towards themselves; if a few points dominate, try MAE or Huber. Its value is in squared units of the target.',
      zh: '离群点会把拟合拉向自己；若少数点主导了结果，可试 MAE 或 Huber。其数值单位是目标单位的平方。',
    },
    related: ['mae', 'huber', 'linear', 'loss'],
    where: LOSS_WHERE,
    target: 'loss',
  },
  mae: {
    title: { en: 'Mean absolute error (MAE)', zh: '平均绝对误差（MAE）' },
    summary: {
      en: 'The average absolute difference between prediction and target, in the target’s own units. Every error counts in proportion, so outliers pull less than with MSE.',
      zh: '预测值与目标值之差的绝对值的平均，单位与目标相同。每个误差按比例计入，因此离群点的影响比 MSE 小。',
    },
    formula: 'MAE = (1/N)·Σₙ |ŷₙ − yₙ|',
    watch: {
      en: 'Its gradient has the same size however close the answer is, so the loss may jitter near the end: lower the learning rate or use a schedule.',
      zh: '无论离答案多近，梯度大小都一样，所以后期损失可能来回抖动：降低学习率或使用学习率调度。',
    },
    related: ['mse', 'huber', 'lrSchedule'],
    where: LOSS_WHERE,
    target: 'loss',
  },
  huber: {
    title: { en: 'Huber loss', zh: 'Huber 损失' },
    summary: {
      en: 'Squared error for small errors and absolute error beyond a threshold δ: smooth near the answer like MSE, robust to outliers like MAE. The threshold δ sets where one turns into the other.',
      zh: '误差小于阈值 δ 时用平方误差，超过 δ 时用绝对误差：在答案附近像 MSE 一样平滑，又像 MAE 一样对离群点稳健。阈值 δ 决定两者的分界点。',
    },
    formula: 'ℓ(e) = ½·e²  if |e| ≤ δ\nℓ(e) = δ·(|e| − ½·δ)  otherwise\ne = ŷ − y',
    watch: {
      en: 'δ is in the target’s units: set it near the size of a “normal” error. Very small δ behaves like MAE, very large like MSE.',
      zh: 'δ 的单位与目标相同：把它设为“正常”误差的大小左右。δ 很小时接近 MAE，很大时接近 MSE。',
    },
    related: ['mse', 'mae', 'loss'],
    where: {
      en: 'Train panel: choose Huber in the Loss menu, then set Huber δ.',
      zh: '训练面板：在“损失”菜单中选择 Huber，然后设置“Huber δ”。',
    },
    target: 'loss',
  },
} as const satisfies Record<LossId | 'loss', ConceptBody>;
