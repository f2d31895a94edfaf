/** The Simplified Chinese words of the two learning-rate recipes. */
import type en from '../en/guides-learning-rate';
import type { Translated } from '../../types';

const learningRate: Translated<typeof en> = {
  lrTooHigh: {
    title: '学习率过高',
    summary: '在圆形数据集上用学习率为 5 的普通 SGD 训练：每一步都迈过了头，网络不再学习。',
    steps: {
      trainHigh: {
        title: '在学习率为 5 时点击“训练”。',
        detail:
          '观察损失图表：损失先跳到远高于起点的位置，随后一直持平，准确率停在 50% 左右。每一步都迈得太大，直接越过了谷底，而不是走进谷底；被推得太远的 ReLU 神经元再也恢复不过来。',
      },
      lower: {
        title: '把学习率降到 0.1 或更低。',
        detail: '在训练面板的“学习率”输入框中输入。0.1 是 ReLU MLP 预设搭配 SGD 时使用的学习率。',
      },
      trainFixed: {
        title: '点击“训练新模型”（在“重置”旁边）：验证准确率达到 85%。',
        detail:
          '“训练新模型”会丢弃已经损坏的权重，从全新的权重开始（“继续训练”则会在损坏的权重上接着训练）。这一次，损失从第 1 轮起就平稳下降。“结果”图表下方的一行会把它与第一次运行比较；运行记录面板中有两条曲线：网络相同，数据相同，只有步长变了。',
      },
    },
  },
  lrTooLow: {
    title: '学习率过低',
    summary: '学习率为 0.00001 的 Adam：二十轮过去，损失几乎纹丝不动。',
    steps: {
      trainLow: {
        title: '在学习率为 0.00001 时点击“训练”。',
        detail:
          '观察损失图表：一条几乎平直的线，决策边界也几乎没有变化。网络本身没有问题，只是每一步都太小了。',
      },
      raise: {
        title: '把学习率提高到 0.01。',
        detail: '这是 ReLU MLP 预设搭配 Adam 时使用的学习率。只要不低于 0.005，这一步就会被勾选。',
      },
      trainRaised: {
        title: '点击“训练新模型”（在“重置”旁边）：验证准确率达到 90%。',
        detail:
          '“训练新模型”让训练像第一次运行那样从全新的权重开始。轮数相同，但这一次损失在最初几轮就明显下降。“结果”图表下方的一行会说明更高的学习率带来了什么；在运行记录面板中，这两次运行只有学习率不同。',
      },
    },
  },
};

export default learningRate;
