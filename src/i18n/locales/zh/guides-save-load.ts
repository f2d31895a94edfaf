/** The Simplified Chinese words of the save-and-load recipe. */
import type en from '../en/guides-save-load';
import type { Translated } from '../../types';

const saveLoad: Translated<typeof en> = {
  saveLoad: {
    title: '保存模型、刷新页面、重新加载、评估并下载',
    summary: '在圆形数据集上训练的模型离开页面又回来，并给出它的测试准确率。',
    steps: {
      train: {
        title: '点击“训练”。',
        detail: '对圆形数据集来说，十轮就够了。目前，模型只存在于这个页面中。',
      },
      save: {
        title: '把它保存在浏览器中。',
        detail:
          '在模型面板中给它起个名字，然后点击“保存”。权重、网络、数据设置和训练历史都会存入这个浏览器的存储（IndexedDB）。',
      },
      reload: {
        title: '刷新页面。',
        detail:
          '按 F5 或浏览器的刷新按钮。页面会忘掉它持有的模型；这个指南则会记住你进行到了哪一步。',
      },
      load: {
        title: '把保存的模型加载回来。',
        detail: '在模型面板中，点击它名字旁边的“加载”。',
      },
      evaluate: {
        title: '在测试集上评估它。',
        detail:
          '在评估面板中进行。测试集从未用于训练或早停：它上面的准确率是对模型在新数据上表现的诚实估计。',
      },
      download: {
        title: '下载它。',
        detail:
          '在模型面板中，把它下载为 <file>.zip</file> 包（或 <file>model.json</file> + <file>weights.bin</file>）：它可以加载回这里，也可以在任何地方用 TensorFlow.js 加载。',
      },
    },
  },
};

export default saveLoad;
