/** The Simplified Chinese words of the CNN-on-digits recipe. */
import type en from '../en/guides-cnn';
import type { Translated } from '../../types';

const cnn: Translated<typeof en> = {
  cnnDigits: {
    title: '在手写数字上，CNN 胜过 MLP',
    summary:
      '500 张手写数字，其中约 300 张用于训练，每个模型训练十五轮：先用 MLP 处理展平的像素，再换成一个小型 CNN。',
    steps: {
      trainMlp: {
        title: '使用“图像 MLP”，点击“训练”。',
        detail:
          '它把每张 28 × 28 的图像展平成 784 个数：对它来说，一个像素的相邻像素只不过是另外几个输入。记下它的验证准确率。',
      },
      pickCnn: {
        title: '应用“小型 CNN”预设。',
        detail:
          '在网络面板的“从预设开始：”中。它的 3 × 3 滤波器在图像上滑动，因此笔画无论出现在哪里都能被识别出来。该预设会带上自己的学习率，并把轮次设为 10：请把“轮次”改回 15，这样比较才公平。',
      },
      trainCnn: {
        title: '训练 CNN，超过 MLP 的验证准确率。',
        detail:
          '网络已改变，点击“训练”时会询问是否开始一个新模型：请确认。权重比 MLP 少，准确率却更高：滤波器在整张图像上共享。在运行记录面板中比较两者。',
      },
    },
  },
};

export default cnn;
