/** The Simplified Chinese words of the "inside" namespace: the same keys as the English. */
import type en from '../en/inside';
import type { Translated } from '../../types';

const inside: Translated<typeof en> = {
  panel: '5 · 网络内部',
  neurons: {
    title: '隐藏层神经元',
    notPlane: '神经元图只为二维数据集绘制：它们的两个输入构成一个平面。',
    noModel: '训练一个模型，即可看到每个隐藏层神经元对什么有响应。',
    computing: '正在计算神经元图…',
    none: '没有可显示的隐藏层神经元。',
    help: '每个神经元在输入平面上的激活值（蓝色为负，橙色为正）。将指针移到某个神经元上或聚焦它，可在数据图中放大查看；点击可让它一直显示在那里。',
    unit: '第 {{layer}} 层第 {{unit}} 个神经元',
    unitTitle: '第 {{layer}} 层第 {{unit}} 个神经元：点击可将它的图保留在数据图中',
    layerGroup: '第 {{layer}} 层（{{name}}），{{n}} 个神经元',
    layer: '第 {{layer}} 层',
    showOutput: '显示模型输出',
  },
  weights: {
    title: '权重',
    empty: '训练网络（或加载一个模型）后，即可看到每一轮之后各层权重的直方图。',
    help: '各层权重的分布情况。健康的训练会让分布逐渐平移、变宽；一直不动的权重没有得到梯度，而无限增大（或变成 NaN）的权重说明学习率过高。虚线轮廓是第 {{epoch}} 轮的分布，用于对比。',
    noWeights: '该模型没有可训练的权重。',
    initial: '初始权重（训练前）',
    epochOf: '第 {{epoch}} 轮（共 {{last}} 轮）',
    epochOfInitial: '第 {{epoch}} 轮（共 {{last}} 轮，初始权重）',
    slider: '查看哪一轮的权重',
    follow: '跟随最新一轮',
    layerLabel: '{{name}} 的权重',
    parameters: ' · {{n}} 个参数',
    sampled: ' · 每 {{stride}} 个取 1 个',
    tensor: '{{layer}} {{role}}',
    role: {
      kernel: '权重',
      bias: '偏置',
      gamma: '缩放系数 γ',
      beta: '平移系数 β',
    },
  },
  histogram: {
    label: '第 {{epoch}} 轮 {{label}} 的直方图：{{n}} 个值，范围 {{min}} 至 {{max}}',
    range: '{{lo}} 至 {{hi}}',
    count: '第 {{epoch}} 轮：<0>{{n}}</0> 个',
    earlier: '第 {{epoch}} 轮：≈{{n}} 个',
    stats: '均值 {{mean}} · 标准差 {{std}}',
  },
  warning: {
    nonFinite: '有 {{n}} 个值为 NaN 或无穷大：训练已发散。',
    large: '权重达到 {{value}}：可能正在爆炸。请尝试降低学习率，或使用 L2 正则化。',
    unchanged:
      '这组{{role}}自第 {{epoch}} 轮以来没有任何变化：没有梯度传到这里（神经元已死亡，或学习率为 0）。',
  },
  filters: {
    label: '第一层卷积核',
    title: '<0>{{layer}}</0> 的卷积核 <1>第 {{epoch}} 轮</1>',
    helpMany:
      '{{n}} 个 {{kh}}×{{kw}} 的卷积核，每个都对其 {{channels}} 个输入通道取平均。蓝色为负，白色为零，红色为正，共用 ±{{scale}} 的色标。学到东西的卷积核看起来像笔画或边缘；仍是杂乱噪点的则还没有学到。',
    helpOne:
      '{{n}} 个 {{kh}}×{{kw}} 的卷积核，作用于唯一的输入通道。蓝色为负，白色为零，红色为正，共用 ±{{scale}} 的色标。学到东西的卷积核看起来像笔画或边缘；仍是杂乱噪点的则还没有学到。',
    showing: '这里只显示前 {{shown}} 个（共 {{n}} 个）。',
    filter: '第 {{index}} 个卷积核（共 {{n}} 个）',
  },
};

export default inside;
