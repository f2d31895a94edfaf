/**
 * Concepts of the network itself: networks, neurons, activations (one per
 * activation the editor offers), weight initialisation and backpropagation.
 */
import type { ActivationId } from '../model/activations';
import type { ConceptBody } from './types';

const ACTIVATION_WHERE = {
  en: 'Network panel: the Activation setting of a Dense or Conv2D layer, or an Activation layer.',
  zh: '网络面板：全连接层或卷积层的“Activation”设置，或单独的激活层。',
};

/** One concept per activation the app offers, keyed by its id. */
export const ACTIVATION_CONCEPTS = {
  relu: {
    title: { en: 'ReLU', zh: 'ReLU（线性整流函数）' },
    summary: {
      en: 'Outputs its input when positive and 0 otherwise. Cheap to compute, and its gradient is 1 for every positive input, so deep stacks still learn. The usual default for hidden layers.',
      zh: '输入为正时原样输出，否则输出 0。计算简单，正输入处梯度恒为 1，因此深层网络也能学习。隐藏层的常用默认选择。',
    },
    formula: 'ReLU(x) = max(0, x)',
    watch: {
      en: '“Dead” units: with a too-high learning rate a unit can end up outputting 0 for every input and stop learning. Try Leaky ReLU or a lower learning rate.',
      zh: '“死亡”神经元：学习率过高时，某个单元可能对所有输入都输出 0 并停止学习。可换用 Leaky ReLU 或降低学习率。',
    },
    related: ['activation', 'leakyRelu', 'elu', 'initializer'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  leakyRelu: {
    title: { en: 'Leaky ReLU', zh: 'Leaky ReLU（带泄露线性整流）' },
    summary: {
      en: 'Like ReLU, but negative inputs keep a small slope (0.2 here) instead of being cut to 0, so a unit always has some gradient and cannot die. It costs no more than ReLU.',
      zh: '与 ReLU 类似，但负输入保留一个小斜率（本应用为 0.2），而不是直接截为 0，因此单元始终有梯度，不会“死亡”。其计算代价与 ReLU 相同。',
    },
    formula: 'f(x) = x  if x > 0\nf(x) = 0.2·x  otherwise',
    watch: {
      en: 'Rarely the problem itself; if training is unstable, look at the learning rate first.',
      zh: '它本身很少出问题；如果训练不稳定，先检查学习率。',
    },
    related: ['relu', 'elu', 'activation'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  elu: {
    title: { en: 'ELU', zh: 'ELU（指数线性单元）' },
    summary: {
      en: 'Identity for positive inputs and a smooth curve that levels off at −1 for negative ones. Its outputs average closer to zero than ReLU’s, which can speed learning.',
      zh: '正输入时为恒等映射，负输入时是一条平滑趋近 −1 的曲线。其输出均值比 ReLU 更接近 0，可能加快学习。',
    },
    formula: 'ELU(x) = x  if x > 0\nELU(x) = eˣ − 1  otherwise',
    watch: {
      en: 'A little slower to compute than ReLU; otherwise a safe choice.',
      zh: '计算比 ReLU 稍慢；除此之外是稳妥的选择。',
    },
    related: ['relu', 'selu', 'activation'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  selu: {
    title: { en: 'SELU', zh: 'SELU（缩放指数线性单元）' },
    summary: {
      en: 'A scaled ELU whose constants are chosen so that, with LeCun-normal initial weights, activations keep roughly zero mean and unit variance through a deep stack of dense layers. It is meant for plain stacks of Dense layers.',
      zh: '经过缩放的 ELU，其常数经过专门选取：配合 LeCun 正态初始化时，激活值在深层全连接网络中大致保持零均值、单位方差。它适用于单纯由全连接层堆叠的网络。',
    },
    formula: 'SELU(x) = λ·x  if x > 0\nSELU(x) = λ·α·(eˣ − 1)  otherwise\nλ ≈ 1.0507, α ≈ 1.6733',
    watch: {
      en: 'Its self-normalising property needs LeCun-normal initialisation and no batch normalisation; with other settings it is just another ELU.',
      zh: '自归一化特性要求使用 LeCun 正态初始化且不用批归一化；否则它只是另一种 ELU。',
    },
    related: ['elu', 'initializer', 'batchNorm'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  swish: {
    title: { en: 'Swish', zh: 'Swish（自门控激活函数）' },
    summary: {
      en: 'The input multiplied by its own sigmoid: smooth, slightly negative for small negative inputs, and close to ReLU for large ones. Often a little better than ReLU in deep networks.',
      zh: '输入乘以它自身的 Sigmoid：平滑，对较小的负输入略为负值，对较大的输入接近 ReLU。在深层网络中往往略优于 ReLU。',
    },
    formula: 'swish(x) = x·σ(x) = x / (1 + e⁻ˣ)',
    watch: {
      en: 'Costs more than ReLU per step; the gain is small on small networks.',
      zh: '每步计算比 ReLU 贵；在小网络上收益不大。',
    },
    related: ['relu', 'gelu', 'sigmoid'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  gelu: {
    title: { en: 'GELU', zh: 'GELU（高斯误差线性单元）' },
    summary: {
      en: 'Weights the input by the probability that a standard normal variable is below it: a smooth version of ReLU. It is the usual activation in transformers.',
      zh: '用标准正态变量小于该输入的概率来加权输入：ReLU 的平滑版本。它是 Transformer 中常用的激活函数。',
    },
    formula: 'GELU(x) = x·Φ(x),  Φ = standard normal CDF',
    watch: {
      en: 'As with Swish, a small gain for a higher cost; ReLU is a fine start.',
      zh: '与 Swish 类似，代价更高而收益有限；从 ReLU 开始即可。',
    },
    related: ['relu', 'swish'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  tanh: {
    title: { en: 'tanh', zh: 'tanh（双曲正切）' },
    summary: {
      en: 'An S-shaped curve from −1 to 1, centred on 0. It draws smooth decision boundaries and suits small networks like the 2-D ones here.',
      zh: '从 −1 到 1、以 0 为中心的 S 形曲线。它画出的决策边界平滑，适合本应用中这类二维小网络。',
    },
    formula: 'tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)',
    watch: {
      en: 'Saturation: for large inputs its gradient is almost 0, so deep tanh stacks learn slowly (vanishing gradients). Keep inputs scaled.',
      zh: '饱和：输入很大时梯度几乎为 0，深层 tanh 网络学习缓慢（梯度消失）。请保持输入已缩放。',
    },
    related: ['sigmoid', 'activation', 'initializer'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  sigmoid: {
    title: { en: 'Sigmoid', zh: 'Sigmoid（S 型函数）' },
    summary: {
      en: 'Squashes any number into (0, 1). At the output of a two-class model, one sigmoid unit gives the probability of class 1 and pairs with binary cross-entropy.',
      zh: '把任意实数压缩到 (0, 1)。在二分类模型的输出端，一个 Sigmoid 单元给出类别 1 的概率，配合二元交叉熵使用。',
    },
    formula: 'σ(x) = 1 / (1 + e⁻ˣ)',
    watch: {
      en: 'In hidden layers it saturates at both ends and its outputs are not centred on 0, so deep stacks learn slowly; prefer ReLU or tanh there.',
      zh: '用在隐藏层时两端都会饱和且输出不以 0 为中心，深层网络学得很慢；隐藏层更宜用 ReLU 或 tanh。',
    },
    related: ['binaryCrossentropy', 'tanh', 'softmax'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  softmax: {
    title: { en: 'Softmax', zh: 'Softmax（归一化指数函数）' },
    summary: {
      en: 'Turns a vector of scores into probabilities that are positive and sum to 1. It belongs at the output of a classifier with one unit per class, with categorical cross-entropy as the loss.',
      zh: '把一组分数变成均为正且和为 1 的概率。用于每类一个单元的分类器输出层，损失函数用多分类交叉熵。',
    },
    formula: 'softmax(z)ᵢ = eᶻⁱ / Σⱼ eᶻʲ',
    watch: {
      en: 'In a hidden layer it throws information away. Very confident outputs (0.999…) early in training hint at a too-high learning rate.',
      zh: '放在隐藏层会丢失信息。训练初期就输出极端自信的概率（0.999…）通常说明学习率过高。',
    },
    related: ['categoricalCrossentropy', 'sigmoid', 'prediction'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  linear: {
    title: { en: 'Linear (identity)', zh: '线性（恒等）激活' },
    summary: {
      en: 'Passes the weighted sum through unchanged. It is the right output for regression, where the target can be any number, but a stack of linear layers is still one linear map.',
      zh: '把加权和原样输出。适合回归任务的输出层（目标可以是任意实数），但多个线性层叠加后仍只是一个线性映射。',
    },
    formula: 'f(x) = x',
    watch: {
      en: 'Hidden layers with a linear activation can only draw straight boundaries: if the network cannot bend, check the activations.',
      zh: '隐藏层用线性激活只能画出直线边界：如果网络“弯不过来”，检查激活函数。',
    },
    related: ['activation', 'mse', 'neuralNetwork'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
} as const satisfies Record<ActivationId, ConceptBody>;

/** The network, its units, their activation, their start and how they learn. */
export const NETWORK_CONCEPTS = {
  neuralNetwork: {
    title: { en: 'Neural network', zh: '神经网络' },
    summary: {
      en: 'A function built from layers of simple units, each layer feeding the next. Its weights start random and are adjusted by training until its outputs match the examples. With non-linear activations, enough units can approximate almost any smooth function.',
      zh: '由多层简单单元组成的函数，每层的输出送入下一层。权重从随机值开始，经过训练不断调整，直到输出与样本相符。只要有非线性激活和足够多的单元，它几乎可以逼近任何平滑函数。',
    },
    formula: 'ŷ = f_L(… f₂(f₁(x)))\nf_l(a) = φ(W_l·a + b_l)',
    watch: {
      en: 'Too small and it underfits (both losses stay high); too large for the data and it overfits (validation loss rises while training loss falls).',
      zh: '太小会欠拟合（两种损失都很高）；相对数据过大会过拟合（训练损失下降而验证损失上升）。',
    },
    related: ['neuron', 'activation', 'backpropagation', 'dense', 'overfitting'],
    where: {
      en: 'Network panel: the stack of layers, from the input to the output.',
      zh: '网络面板：从输入到输出的层堆叠。',
    },
    target: 'network-title',
  },
  neuron: {
    title: { en: 'Neuron (unit)', zh: '神经元（单元）' },
    summary: {
      en: 'One output of a layer: it multiplies each input by a weight, adds a bias, and passes the sum through an activation. The weights and the bias are the parameters training adjusts.',
      zh: '层的一个输出：把每个输入乘以权重，加上偏置，再把和送入激活函数。权重和偏置就是训练要调整的参数。',
    },
    formula: 'a = φ(Σᵢ wᵢ·xᵢ + b)',
    watch: {
      en: 'A unit whose output never changes (always 0, or always saturated) is not learning: see “Inside the network”.',
      zh: '输出从不变化（恒为 0 或始终饱和）的单元没有在学习：请查看“Inside the network”面板。',
    },
    related: ['neuralNetwork', 'activation', 'dense'],
    where: {
      en: 'Network panel: a Dense layer’s “Units”; Inside the network shows what each hidden unit computes.',
      zh: '网络面板：全连接层的“Units”；“Inside the network”面板显示每个隐藏单元的计算结果。',
    },
    target: 'network-title',
  },
  activation: {
    title: { en: 'Activation function', zh: '激活函数' },
    summary: {
      en: 'The non-linear function a unit applies to its weighted sum. Without it, any stack of layers collapses into one linear map; with it, the network can bend its decision boundary.',
      zh: '单元对加权和施加的非线性函数。没有它，任意多层都会坍缩成一个线性映射；有了它，网络才能弯曲决策边界。',
    },
    formula: 'a = φ(z),  z = W·x + b',
    watch: {
      en: 'Hidden layers: ReLU-family or tanh. Output: softmax for several classes, sigmoid for two with one unit, linear for regression.',
      zh: '隐藏层：ReLU 系列或 tanh。输出层：多分类用 Softmax，单单元二分类用 Sigmoid，回归用线性。',
    },
    related: ['relu', 'tanh', 'sigmoid', 'softmax', 'linear'],
    where: ACTIVATION_WHERE,
    target: 'network-title',
  },
  initializer: {
    title: { en: 'Weight initialisation', zh: '权重初始化' },
    summary: {
      en: 'How the weights are drawn before training starts. Good schemes scale the random values to the layer’s fan-in (and fan-out) so signals neither shrink nor blow up from layer to layer.',
      zh: '训练开始前权重的取值方式。好的方案按层的输入数（及输出数）缩放随机值，使信号在层与层之间既不衰减也不爆炸。',
    },
    formula: 'Glorot: Var(w) = 2 / (n_in + n_out)\nHe: Var(w) = 2 / n_in\nLeCun: Var(w) = 1 / n_in',
    watch: {
      en: 'All zeros: every unit learns the same thing. Loss stuck from the first epoch in a deep net: try He for ReLU, Glorot for tanh.',
      zh: '全零初始化：所有单元学到相同的东西。深层网络从第一轮起损失就不动：ReLU 试 He 初始化，tanh 试 Glorot。',
    },
    related: ['relu', 'tanh', 'selu'],
    where: {
      en: 'Network panel: the Initializer setting of a Dense or Conv2D layer; the training seed picks the random draw.',
      zh: '网络面板：全连接层或卷积层的“Initializer”设置；训练种子决定具体的随机取值。',
    },
    target: 'network-title',
  },
  backpropagation: {
    title: { en: 'Backpropagation', zh: '反向传播' },
    summary: {
      en: 'How the gradient of the loss with respect to every weight is computed: the chain rule applied from the output back to the input, layer by layer, reusing each layer’s result. The optimizer then uses these gradients to update the weights.',
      zh: '计算损失对每个权重梯度的方法：从输出层到输入层逐层应用链式法则，并复用每层的中间结果。优化器随后用这些梯度更新权重。',
    },
    formula: 'δ_L = ∂L/∂z_L\nδ_l = (W_{l+1}ᵀ·δ_{l+1}) ⊙ φ′(z_l)\n∂L/∂W_l = δ_l·a_{l−1}ᵀ',
    watch: {
      en: 'Gradients that shrink to nothing (vanishing) or grow huge (exploding, loss becomes NaN) on the way back: change activations or initialisation, add batch normalisation, or clip gradients.',
      zh: '梯度在回传中趋于零（梯度消失）或变得极大（梯度爆炸，损失变成 NaN）：更换激活函数或初始化、加入批归一化，或进行梯度裁剪。',
    },
    related: ['gradientDescent', 'optimizer', 'gradientClipping', 'loss'],
    where: {
      en: 'Train panel: every batch of a run computes the gradients this way; Inside the network shows the weights they change.',
      zh: '训练面板：每个批次都用这种方式计算梯度；“Inside the network”面板显示被改变的权重。',
    },
    target: 'train-title',
  },
} as const satisfies Record<string, ConceptBody>;
