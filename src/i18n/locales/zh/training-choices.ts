/** 优化器、损失、学习率调度与梯度裁剪的名称和说明（"training" 命名空间的一部分）。 */
import type en from '../en/training-choices';
import type { Translated } from '../../types';

const momentumHelp =
  '保留一个持续的前进方向：沿一致的坡度不断加速，并抑制来回震荡。常用 0.9；接近 1 时容易冲过头。';
const beta1 = { label: 'β₁', help: '梯度滑动平均（动量项）的衰减率。' };
const beta2 = { label: 'β₂', help: '梯度平方滑动平均（每个权重的步长尺度）的衰减率。' };
const epsilon = { label: 'ε', help: '加在分母上以避免除以零；取值越大，自适应性越弱。' };

const trainingChoices: Translated<typeof en> = {
  optimizers: {
    sgd: {
      label: 'SGD',
      help: '梯度下降：每个批次让每个权重沿下坡方向移动（学习率 × 梯度）的一步。简单、可预期，但对学习率敏感。',
    },
    momentum: {
      label: '带动量的 SGD',
      help: '会记住之前各步的 SGD：沿一致的方向逐渐加速，并平滑掉噪声。',
    },
    adam: {
      label: 'Adam',
      help: '自适应矩估计：分别记录每个梯度及其平方的滑动平均，让每个权重都有自己的步长。对学习率比较宽容，通常是首选。',
    },
    adamax: {
      label: 'Adamax',
      help: 'Adam 的一个变体，用近期最大的梯度而不是平方的平均来缩放步长：遇到少见的大梯度时更稳定。',
    },
    rmsprop: {
      label: 'RMSprop',
      help: '用近期梯度的滑动均方根去除每一步，使陡峭方向和平缓方向以相近的速度移动。',
    },
    adagrad: {
      label: 'Adagrad',
      help: '用每个权重过去所有梯度来缩放它的步长：很少更新的权重移动得更多。步长只会越来越小，因此长时间训练时学习可能停滞。',
    },
    adadelta: {
      label: 'Adadelta',
      help: '用一个记忆窗口代替全部历史的 Adagrad，且步长与权重同单位：学习率通常取 1。',
    },
  },
  optimizerSettings: {
    momentum: {
      momentum: { label: '动量', help: momentumHelp },
      nesterov: {
        label: 'Nesterov',
        help: '向前看一步：在动量即将把权重带到的位置计算梯度。通常更快、更稳一些。',
      },
    },
    adam: { beta1, beta2, epsilon },
    adamax: {
      beta1,
      beta2,
      epsilon,
      decay: {
        label: '衰减',
        help: '每一步都让学习率略微变小：lr / (1 + decay · step)。',
      },
    },
    rmsprop: {
      decay: { label: 'ρ（衰减）', help: '梯度平方滑动平均遗忘旧值的速度。' },
      momentum: { label: '动量', help: momentumHelp },
      epsilon,
      centered: {
        label: '中心化',
        help: '用梯度的方差而不是原始二阶矩来归一化：更稳定，但稍慢。',
      },
    },
    adagrad: {
      initialAccumulatorValue: {
        label: '累加器初始值',
        help: '每个权重梯度平方和的起始值。',
      },
    },
    adadelta: {
      rho: { label: 'ρ', help: '梯度平方与更新量平方滑动平均的衰减率。' },
      epsilon,
    },
  },
  losses: {
    categoricalCrossentropy: {
      label: '分类交叉熵',
      help: '−log（赋予真实类别的概率）的平均值。softmax 分类器的标准损失：对“自信的错误”惩罚最重。',
    },
    binaryCrossentropy: {
      label: '二元交叉熵',
      help: '针对单个 sigmoid 输出（类别 1 的概率）的交叉熵。两类问题、只有一个输出单元时的标准损失。',
    },
    mse: {
      label: '均方误差',
      help: '（预测 − 目标）² 的平均值。回归的标准损失；大误差占主导，因此离群值影响很大。',
    },
    mae: {
      label: '平均绝对误差',
      help: '|预测 − 目标| 的平均值。对离群值稳健，但梯度在接近答案时不会变小，因此收敛不够平滑。',
    },
    huber: {
      label: 'Huber',
      help: '误差小时取平方误差，超过 δ 后取绝对误差：兼具 MSE 的平滑和 MAE 对离群值的稳健。',
    },
  },
  lossMisfit: {
    regression: '交叉熵比较的是类别概率，而这是一个回归任务。',
    categorical: '分类交叉熵需要 softmax 输出；只有一个 sigmoid 单元时，请使用二元交叉熵。',
    binary:
      '二元交叉熵需要单个 sigmoid 输出：两类问题请选择“1 个 sigmoid 单元”（或改用分类交叉熵）。',
  },
  schedules: {
    constant: { label: '恒定', help: '始终使用相同的学习率。' },
    step: {
      label: '阶梯衰减',
      help: '每 N 轮把学习率乘以一个系数：先迈大步，后迈小步。',
    },
    exponential: {
      label: '指数衰减',
      help: '每轮把学习率乘以一个衰减系数：阶梯衰减的平滑版本。',
    },
    cosine: {
      label: '余弦',
      help: '在整次运行中沿半个余弦周期，从基础学习率平滑下降到最小值。',
    },
    plateau: {
      label: '平台期降低',
      help: '验证损失连续若干轮没有改善时，把学习率乘以一个系数。',
    },
  },
  scheduleSettings: {
    stepEvery: { label: '间隔（轮）', help: '两次下调之间相隔的轮数。' },
    factor: { label: '系数', help: '每次下调时乘上的系数，介于 0 和 1 之间。' },
    decayRate: {
      label: '每轮衰减',
      help: '每轮乘上的系数；取 1 时学习率保持不变。',
    },
    patience: {
      label: '耐心值（轮）',
      help: '验证损失连续多少轮没有改善才下调一次。',
    },
    minLearningRate: { label: '最小学习率', help: '学习率不会低于这个值。' },
  },
  clipKinds: {
    none: { label: '不裁剪', help: '按计算出的梯度原样使用。' },
    value: { label: '按值', help: '把梯度的每个分量限制在 [−c, c] 之内。' },
    norm: {
      label: '按范数',
      help: '缩放每个权重张量的梯度，使其 L2 范数不超过 c（即 Keras 的 clipnorm）：保持方向，限制大小。',
    },
  },
};

export default trainingChoices;
