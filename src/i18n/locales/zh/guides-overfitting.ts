/** The Simplified Chinese words of the overfitting recipe. */
import type en from '../en/guides-overfitting';
import type { Translated } from '../../types';

const overfitting: Translated<typeof en> = {
  overfitting: {
    title: '过拟合，以及 Dropout、L2 和早停如何缓解它',
    summary: '三十个带噪声的双月数据点，加上两层各 64 个神经元：容量足以把训练集背下来。',
    steps: {
      trainBig: {
        title: '点击“训练”，观察差距逐渐拉开。',
        detail:
          '在损失图表中，训练损失一路降向零，验证损失却只下降一段时间，随后开始回升：网络在拟合那 30 个训练点里的噪声，而这些东西无法推广到新的数据点上。',
      },
      remedy: {
        title: '加入一种补救措施。',
        detail:
          '以下任选其一：在每个 Dense 层之后加一个 Dropout 层（比率 0.3 到 0.5）；对每个 Dense 层使用 L2 正则化（把它的“正则化”设为 L2，“正则化系数”设为 0.01）；或者使用早停：在训练面板中展开“早停”，勾选“验证损失不再改善时停止”；它会保留最佳权重。',
      },
      trainRemedy: {
        title: '启用补救措施后，点击“训练新模型”（在“重置”旁边）再训练一次。',
        detail:
          '“训练新模型”让训练从全新的权重开始，这样两次运行的比较才公平。这次的验证损失最终应低于第一次运行：两条曲线之间的差距保持得更小。',
      },
      compare: {
        title: '在运行记录面板中比较这两次运行。',
        detail:
          '每次运行结束时都会自动勾选以供比较，所以两次运行的曲线已经画在运行表格下方的同一张图表上，表格会列出两者的不同之处。',
      },
    },
  },
};

export default overfitting;
