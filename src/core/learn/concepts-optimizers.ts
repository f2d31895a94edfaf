/**
 * Concepts of optimisation: gradient descent, one concept per optimizer the
 * app offers (keyed by its id), Nesterov momentum and gradient clipping.
 */
import type { OptimizerId } from '../train/optimizers';
import type { ConceptBody } from './types';

const OPTIMIZER_WHERE = {
  en: 'Train panel: the Optimizer menu, with the chosen optimizer’s own settings under it.',
  zh: '训练面板：“优化器”菜单，其下是所选优化器自己的设置。',
};

const LR_FIRST = {
  en: 'Loss that explodes or turns NaN: lower the learning rate. Loss that barely moves: raise it, or try Adam.',
  zh: '损失爆炸或变成 NaN：降低学习率。损失几乎不动：提高学习率，或换用 Adam。',
};

export const OPTIMIZER_CONCEPTS = {
  sgd: {
    title: { en: 'SGD (stochastic gradient descent)', zh: 'SGD（随机梯度下降）' },
    summary: {
      en: 'Plain gradient descent on one batch at a time: every weight moves a step of learning rate × gradient downhill. Simple and predictable, but the most sensitive to the learning rate.',
      zh: '每次在一个批次上做普通梯度下降：每个权重沿下坡方向移动“学习率 × 梯度”的一步。简单、可预测，但对学习率最敏感。',
    },
    formula: 'w ← w − η·∇L(w)',
    watch: LR_FIRST,
    related: ['gradientDescent', 'momentum', 'learningRate', 'miniBatch'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  momentum: {
    title: { en: 'Momentum', zh: '动量（Momentum）' },
    summary: {
      en: 'SGD that keeps a running velocity: each step adds the new gradient to a decaying sum of the old ones. It speeds up along directions that stay consistent and damps zig-zags across a narrow valley.',
      zh: '带“速度”的 SGD：每一步把新梯度加到旧梯度的衰减和上。在方向一致时加速，在狭窄山谷中抑制来回震荡。',
    },
    formula: 'v ← μ·v + ∇L(w)\nw ← w − η·v',
    watch: {
      en: 'μ near 1 (0.99) can overshoot and oscillate; 0.9 is typical. With momentum, a smaller learning rate than plain SGD is usual.',
      zh: 'μ 接近 1（如 0.99）可能冲过头并振荡；常用 0.9。使用动量时，学习率通常比普通 SGD 小。',
    },
    related: ['sgd', 'nesterov', 'adam'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  adam: {
    title: { en: 'Adam', zh: 'Adam（自适应矩估计）' },
    summary: {
      en: 'Keeps running averages of each weight’s gradient (m) and squared gradient (v), corrects their start-up bias, and divides one by the root of the other, so every weight gets its own step size. Forgiving of the learning rate: the usual first choice.',
      zh: '为每个权重维护梯度的滑动平均 m 和梯度平方的滑动平均 v，修正初始偏差后用 m 除以 √v，使每个权重拥有自己的步长。对学习率比较宽容，是最常用的首选。',
    },
    formula:
      'm ← β₁·m + (1 − β₁)·g\nv ← β₂·v + (1 − β₂)·g²\nm̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)\nw ← w − η·m̂ / (√v̂ + ε)',
    watch: {
      en: 'A learning rate of 0.001–0.01 is typical; 0.1 is usually too high. If validation loss stalls while training loss falls, add regularization rather than more epochs.',
      zh: '学习率通常为 0.001–0.01；0.1 一般过高。如果训练损失下降而验证损失停滞，应加正则化而不是增加轮次。',
    },
    related: ['rmsprop', 'momentum', 'adamax', 'learningRate'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  adamax: {
    title: { en: 'Adamax', zh: 'Adamax（无穷范数 Adam）' },
    summary: {
      en: 'A variant of Adam that scales each step by the largest recent gradient magnitude (an infinity norm) instead of the root of the average square. Steadier when rare, large gradients occur.',
      zh: 'Adam 的变体：用近期梯度绝对值的最大值（无穷范数）而非平方均值的平方根来缩放步长。在偶尔出现大梯度时更稳定。',
    },
    formula: 'm ← β₁·m + (1 − β₁)·g\nu ← max(β₂·u, |g|)\nw ← w − (η / (1 − β₁ᵗ))·m / (u + ε)',
    watch: {
      en: 'Behaves much like Adam; the Decay setting shrinks the learning rate every step (η / (1 + decay·t)), so a large decay can freeze training.',
      zh: '表现与 Adam 相近；“衰减”设置会每步缩小学习率（η / (1 + decay·t)），衰减过大可能让训练停滞。',
    },
    related: ['adam', 'rmsprop'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  rmsprop: {
    title: { en: 'RMSprop', zh: 'RMSprop（均方根传播）' },
    summary: {
      en: 'Divides each step by a running root-mean-square of that weight’s recent gradients, so steep and flat directions move at similar speeds. It can add momentum, and “centered” also subtracts the mean gradient.',
      zh: '把每一步除以该权重近期梯度的滑动均方根，使陡峭方向和平缓方向以相近的速度前进。可以叠加动量，“Centered”选项还会减去梯度均值。',
    },
    formula: 'v ← ρ·v + (1 − ρ)·g²\nw ← w − η·g / √(v + ε)',
    watch: LR_FIRST,
    related: ['adam', 'adagrad', 'adadelta'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  adagrad: {
    title: { en: 'Adagrad', zh: 'Adagrad（自适应梯度）' },
    summary: {
      en: 'Scales each weight’s step by the root of the sum of all its past squared gradients: weights that are rarely updated take bigger steps. Because the sum only grows, steps only shrink.',
      zh: '用该权重所有历史梯度平方和的平方根来缩放步长：很少更新的权重步子更大。由于累加和只增不减，步长只会越来越小。',
    },
    formula: 'G ← G + g²\nw ← w − η·g / √(G + ε)',
    watch: {
      en: 'In long runs learning can stall as the steps shrink towards zero; RMSprop or Adam forget old gradients and do not.',
      zh: '长时间训练时，步长趋近于零，学习可能停滞；RMSprop 或 Adam 会遗忘旧梯度，不会这样。',
    },
    related: ['rmsprop', 'adadelta', 'learningRate'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  adadelta: {
    title: { en: 'Adadelta', zh: 'Adadelta（自适应增量法）' },
    summary: {
      en: 'Adagrad with a memory window instead of the whole history, whose steps are measured in the units of the weights (the ratio of the recent update size to the recent gradient size). A learning rate of 1 is the usual choice.',
      zh: '用滑动窗口代替全部历史的 Adagrad，其步长以权重本身的单位来度量（近期更新幅度与近期梯度幅度之比）。学习率通常设为 1。',
    },
    formula:
      'E[g²] ← ρ·E[g²] + (1 − ρ)·g²\nΔw = −(√(E[Δw²] + ε) / √(E[g²] + ε))·g\nE[Δw²] ← ρ·E[Δw²] + (1 − ρ)·Δw²\nw ← w + η·Δw',
    watch: {
      en: 'Starts slowly, since the update average begins at zero; a learning rate well below 1 makes it crawl.',
      zh: '由于更新量的平均值从零开始，起步较慢；学习率远小于 1 时会非常慢。',
    },
    related: ['adagrad', 'rmsprop'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
} as const satisfies Record<OptimizerId, ConceptBody>;

/** Optimisation concepts that are not one optimizer. */
export const DESCENT_CONCEPTS = {
  optimizer: {
    title: { en: 'Optimizer', zh: '优化器' },
    summary: {
      en: 'The rule that turns the gradients from backpropagation into weight updates. Plain SGD steps straight downhill; momentum methods remember past steps; adaptive methods (RMSprop, Adam …) give every weight its own step size.',
      zh: '把反向传播得到的梯度变成权重更新的规则。普通 SGD 直接沿下坡方向走；动量方法会记住之前的步伐；自适应方法（RMSprop、Adam 等）为每个权重设定各自的步长。',
    },
    formula: 'w ← w − η·update(∇L(w), memory)',
    watch: LR_FIRST,
    related: ['gradientDescent', 'learningRate', 'sgd', 'adam', 'backpropagation'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  gradientDescent: {
    title: { en: 'Gradient descent', zh: '梯度下降' },
    summary: {
      en: 'Minimising the loss by repeatedly stepping against its gradient, the direction in which it rises fastest. Each step is small, so the loss falls a little every time if the learning rate is right.',
      zh: '沿梯度（损失上升最快的方向）的反方向反复迈步，从而使损失最小化。每一步都很小，只要学习率合适，损失就会逐步下降。',
    },
    formula: 'w ← w − η·∇L(w)',
    watch: LR_FIRST,
    related: ['miniBatch', 'learningRate', 'backpropagation', 'optimizer'],
    where: OPTIMIZER_WHERE,
    target: 'optimizer',
  },
  nesterov: {
    title: { en: 'Nesterov momentum', zh: 'Nesterov 动量' },
    summary: {
      en: 'Momentum that looks ahead: the update uses the gradient plus the velocity it is about to apply, which corrects an overshoot one step sooner. Often a little faster and steadier than plain momentum.',
      zh: '“向前看”的动量：更新时使用梯度加上即将施加的速度，能提前一步纠正冲过头的情况。通常比普通动量稍快、更稳。',
    },
    formula: 'v ← μ·v + g\nw ← w − η·(g + μ·v)',
    watch: {
      en: 'Same cautions as momentum: with μ near 1, lower the learning rate.',
      zh: '注意事项与动量相同：μ 接近 1 时应降低学习率。',
    },
    related: ['momentum', 'sgd'],
    where: {
      en: 'Train panel: choose “SGD with momentum”, then tick Nesterov.',
      zh: '训练面板：选择“SGD with momentum”，然后勾选“Nesterov”。',
    },
    target: 'optimizer',
  },
  gradientClipping: {
    title: { en: 'Gradient clipping', zh: '梯度裁剪' },
    summary: {
      en: 'Caps the gradients before the update, so one bad batch cannot throw the weights far away. By value clamps each component; by norm rescales a whole weight tensor’s gradient, keeping its direction.',
      zh: '在更新前限制梯度大小，使单个糟糕的批次无法把权重甩得很远。按值裁剪会截断每个分量；按范数裁剪会整体缩放一个权重张量的梯度，并保持其方向。',
    },
    formula: 'by value: g ← clamp(g, −c, c)\nby norm: g ← g·min(1, c / ‖g‖₂)',
    watch: {
      en: 'Loss that spikes or turns NaN now and then: clip by norm. A threshold far below the usual gradient size slows every step.',
      zh: '损失偶尔飙升或变成 NaN：按范数裁剪。阈值远小于正常梯度大小时，每一步都会变慢。',
    },
    related: ['backpropagation', 'learningRate'],
    where: {
      en: 'Train panel: “Schedule, early stopping, clipping”, then Gradient clipping.',
      zh: '训练面板：“Schedule, early stopping, clipping”中的“Gradient clipping”。',
    },
    target: 'clip-kind',
  },
} as const satisfies Record<string, ConceptBody>;
