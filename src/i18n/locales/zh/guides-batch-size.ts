/** The Simplified Chinese words of the batch-size recipe. */
import type en from '../en/guides-batch-size';
import type { Translated } from '../../types';

const batchSize: Translated<typeof en> = {
  batchSize: {
    title: '批大小：随机、小批量与全批量',
    summary: '有 120 个训练点的圆形数据集，用 SGD 以三种批大小各训练五轮。',
    steps: {
      stochastic: {
        title: '在批大小为 1 时点击“训练”。',
        detail:
          '随机梯度下降：每轮走 120 步，每个点一步，每一步都带有噪声。在按批次显示的损失图表中，曲线参差不齐，但进展很快。',
      },
      mini: {
        title: '把批大小设为 16，然后点击“训练新模型”（在“重置”旁边）。',
        detail:
          '“训练新模型”让这次运行像第一次那样从全新的权重开始；“继续训练”则会在已训练的权重上接着训练。这是小批量：每轮 8 步，每步对 16 个梯度取平均。曲线更平滑，同样的轮数下步数却少得多。',
      },
      full: {
        title: '把批大小设为 120（整个训练集），然后点击“训练新模型”。',
        detail:
          '全批量梯度下降：每轮只走一步，但这一步是精确的。五轮就是五步，损失才刚刚开始下降。',
      },
      compare: {
        title: '在运行记录面板中比较这三次运行。',
        detail:
          '每次运行结束时都会自动勾选以供比较，所以这三条曲线已经画在运行表格下方的同一张图表上。按轮次算，小批次学到的最多；按步数算，大批次的每一步更精确。小批量是常用的折中方案。',
      },
    },
  },
};

export default batchSize;
