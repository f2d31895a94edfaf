/** The Simplified Chinese words of the optimizer comparison recipe. */
import type en from '../en/guides-optimizers';
import type { Translated } from '../../types';

const optimizers: Translated<typeof en> = {
  optimizers: {
    title: 'SGD、动量法与 Adam 对比',
    summary:
      '双月数据集和同一个 ReLU 网络，训练三次，每次十轮：只有优化器不同，每个优化器都使用为它调好的学习率。',
    steps: {
      sgd: {
        title: '使用普通 SGD，点击“训练”。',
        detail:
          '每一步都让权重沿当前批次的负梯度方向直接移动“学习率 × 梯度”。留意损失下降得有多快。',
      },
      momentum: {
        title: '选择带动量的 SGD 作为优化器，然后点击“训练新模型”（在“重置”旁边）。',
        detail:
          '在训练面板中展开“优化器：SGD，……”，然后在“优化器”菜单中选择它（为它调好的学习率会一并带上）。“训练新模型”让每次运行都从同样的全新权重开始。动量法会累积过去的梯度，因此方向稳定时步子越迈越大，来回的震荡则相互抵消。',
      },
      adam: {
        title: '选择 Adam，然后点击“训练新模型”，进行第三次运行。',
        detail: 'Adam 根据每个权重近期梯度的大小来缩放它的步长，因此每个权重都有自己的步长。',
      },
      compare: {
        title: '在运行记录面板中比较这三次运行。',
        detail:
          '每次运行结束时都会自动勾选以供比较，所以这三条损失曲线已经画在运行表格下方的同一张图表上；取消勾选即可隐藏其中一条。哪一个最先把损失降下来？',
      },
    },
  },
};

export default optimizers;
