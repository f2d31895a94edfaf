/** The Simplified Chinese words of the spiral-depth recipe. */
import type en from '../en/guides-depth';
import type { Translated } from '../../types';

const depth: Translated<typeof en> = {
  spiralDepth: {
    title: '为什么螺旋数据需要深度',
    summary: '先用一层 4 个 tanh 神经元去拟合两条交错的螺旋臂，再换成更深的网络。',
    steps: {
      trainSmall: {
        title: '只用一个小层，点击“训练”。',
        detail:
          '观察决策边界：几条平滑的条带横穿螺旋臂。无论训练多久，验证准确率都停留在随机猜测的水平附近：4 个神经元画不出这些弯曲。',
      },
      deepen: {
        title: '增加深度：应用 ReLU MLP 预设。',
        detail:
          '在网络面板的“从预设开始：”中点击 ReLU MLP：两个各有 32 个神经元的 ReLU 层，学习率和轮次与之前相同。也可以自己搭建：至少两个 Dense 层，每层都使用 ReLU，且至少有 32 个神经元。',
      },
      trainDeep: {
        title: '训练更深的网络，使验证准确率达到 90%。',
        detail:
          '网络已改变，点击“训练”时会询问是否开始一个新模型：请确认。每个 ReLU 神经元都会添上一道折痕；第二层把第一层的折痕组合成螺旋臂所需的许多小区域。',
      },
    },
  },
};

export default depth;
