/** The Simplified Chinese words of the "doctor" namespace: the same keys as the English. */
import type en from '../en/doctor';
import type { Translated } from '../../types';

const doctor: Translated<typeof en> = {
  title: '训练诊断',
  healthy: '没有发现问题。',
  list: '诊断结果',
  evidence: '依据',
  severity: {
    problem: '问题',
    warning: '警告',
  },
  applied: '已应用：{{fix}}。重新训练即可看到效果。',
  undo: '撤销',
  fixesFor: '针对“{{title}}”的修复',
  fix: {
    lowerRate: '将学习率降到 {{rate}}',
    raiseRate: '将学习率提高到 {{rate}}',
    clipGradients: '按范数将梯度裁剪到 1',
    leakyRelu: '隐藏层改用 Leaky ReLU',
    heInit: 'ReLU 层改用 He 初始化',
    earlyStopping: '开启早停（耐心值 {{patience}}）',
    scaleInputs: '将输入标准化',
  },
  chanceLoss: {
    title: '损失停在随机猜测的水平',
    message:
      '训练 {{epochs}} 轮后，训练损失为 {{loss}}，正是在 {{classes}} 个类别间盲猜的 ln {{classes}} = {{chance}}：网络什么也没学到。通常是学习率过高，权重每一步都越过了合适的取值；或者隐藏层神经元已经死亡，不再向后传递任何信息。',
    recentLoss: '训练损失（最近 3 轮）',
    chance: '随机猜测水平（ln K）',
    firstLoss: '第 1 轮的损失',
    dead: '死亡的隐藏层神经元',
  },
  deadUnits: {
    title: '隐藏层神经元已死亡',
    message:
      '{{layer}} 的 {{units}} 个神经元中，有 {{dead}} 个对全部 {{samples}} 个训练样本的输出都是 0（在第 {{epoch}} 轮后检查）。死亡的 ReLU 神经元得不到梯度，再也不会恢复：网络实际可用的神经元比它拥有的少。通常是学习率过高把它们推到了这一步；Leaky ReLU 神经元不会死亡，而 He 初始化能让 ReLU 神经元从更合适的尺度开始。',
    inLayer: '{{layer}} 中死亡的神经元',
    inAll: '所有 ReLU 层中死亡的神经元',
    checkedAt: '检查时所在轮次',
  },
  blewUp: {
    title: '损失爆炸了',
    message:
      '在第 {{epoch}} 轮，损失变成了 NaN 或无穷大：参数更新越来越大，直到数值溢出，训练就此停止。最可能的原因是学习率对这个网络和数据来说太高；裁剪梯度可以限制单步更新的幅度。',
    epoch: '发生的轮次',
    lastFinite: '最后一个有限的损失值',
  },
  growing: {
    title: '损失在上升',
    message:
      '训练损失已升到 {{recent}}，是最低值（{{lowest}}）的 {{ratio}} 倍，并且高于起始值：每一步都走过了头，越走越糟。最可能的原因是学习率过高；裁剪梯度可以限制单步更新的幅度。',
    recentLoss: '训练损失（最近 2 轮）',
    lowest: '最低训练损失',
    firstLoss: '第 1 轮的损失',
  },
  flatLoss: {
    title: '损失没有变化',
    messageUnscaled:
      '{{epochs}} 轮训练中，训练损失从 {{first}} 变为 {{recent}}：权重几乎没有变化。可能是学习率太低，也可能是输入没有缩放，导致适合某一列的步长对另一列来说太小。',
    message:
      '{{epochs}} 轮训练中，训练损失从 {{first}} 变为 {{recent}}：权重几乎没有变化。对这个网络来说，学习率很可能太低了。',
    firstLoss: '第 1 轮的损失',
    recentLoss: '训练损失（最近 3 轮）',
    change: '变化',
  },
  majorityClass: {
    title: '模型只会预测最常见的类别',
    message:
      '训练准确率 {{accuracy}}%，恰好是类别 {{class}} 在训练数据中的占比（{{total}} 个样本中有 {{largest}} 个）：网络学会了对所有样本都回答这个类别，而类别不平衡恰恰奖励这种做法。其他类别太少，网络懒得去区分。调低学习率、改用不会死亡的神经元，往往能让它越过这一步。',
    recentAccuracy: '训练准确率（最近 3 轮）',
    share: '最大类别的占比',
    classes: '类别数',
  },
  overfitting: {
    title: '网络过拟合了',
    message:
      '从第 {{began}} 轮起，验证损失上升了 {{rise}}%，而训练损失仍在下降：网络在死记训练样本，而不是学习其中的规律。{{replay}}',
    stopped:
      '若启用耐心值为 {{patience}} 轮的早停，训练会在第 {{stoppedAt}} 轮停止，并保留第 {{kept}} 轮的权重。',
    wouldKeep: '若启用耐心值为 {{patience}} 轮的早停，会保留第 {{kept}} 轮的权重。',
    began: '过拟合开始的轮次',
    bestVal: '最佳验证损失（平滑后）',
    recentVal: '验证损失（最近 3 轮）',
    kept: '早停保留的轮次',
  },
};

export default doctor;
