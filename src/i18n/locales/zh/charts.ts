/** The Simplified Chinese words of the "charts" namespace: the same keys as the English. */
import type en from '../en/charts';
import type { Translated } from '../../types';

const charts: Translated<typeof en> = {
  quantity: {
    title: {
      loss: '损失',
      learningRate: '学习率',
      accuracy: '准确率',
      mae: '平均绝对误差',
    },
    name: {
      loss: '损失',
      learningRate: '学习率',
      accuracy: '准确率',
      mae: 'MAE',
    },
  },
  xAxis: {
    option: {
      step: '批次（步数）',
      epoch: '轮次',
      time: '时间',
    },
    title: {
      step: '步数（批次）',
      epoch: '轮次',
      time: '训练时间',
    },
  },
  point: {
    epoch: '第 {{epoch}} 轮 · {{time}}',
    epochStep: '第 {{epoch}} 轮 · 第 {{step}} 步 · {{time}}',
    stepEpoch: '第 {{step}} 步 · 第 {{epoch}} 轮 · {{time}}',
  },
  series: {
    trainingSmoothed: '训练{{name}}（平滑）',
    training: '训练{{name}}',
    trainingRaw: '训练{{name}}（原始）',
    validation: '验证{{name}}',
    endOfEpoch: '{{name}}（本轮结束时）',
  },
  chart: {
    downloadPng: '将{{title}}图表下载为 PNG',
    empty: '开始训练后，这里会显示{{name}}曲线。',
    waiting: '训练已开始：{{name}}曲线会随最初几个批次出现。',
    readValues: '{{label}}：将指针移到图上，或聚焦图表后用方向键，即可读取数值',
    lrNow: '当前',
  },
  png: {
    notDrawn: '无法将图表绘制为图像：{{error}}',
    noChart: '还没有可导出的图表。',
    noCanvas: '此浏览器无法在画布上绘图。',
    notEncoded: '无法编码图表。',
  },
  toolbar: {
    label: '图表选项',
    points: '数据点',
    perBatch: '按批次',
    perEpoch: '按轮次',
    xAxis: 'X 轴',
    logY: '对数 y 轴',
    smoothing: '平滑',
    smoothingOff: '平滑只作用于按批次的数据点。',
  },
  summary: {
    epoch: '轮次',
    loss: '损失',
    valLoss: '验证损失',
    accuracy: '准确率',
    valAccuracy: '验证准确率',
    valMae: '验证 MAE',
    firstLoss: '首轮损失',
    kept: '模型保留的是第 {{epoch}} 轮（最佳一轮）的权重（{{values}}）：由提前停止恢复。',
    keptAcc: '验证损失 {{loss}}，验证准确率 {{acc}}',
    keptMae: '验证损失 {{loss}}，验证 MAE {{mae}}',
  },
  export: {
    label: '导出训练历史',
    lead: '导出训练历史：',
    perEpoch: '按轮次导出 CSV',
    perBatch: '按批次导出 CSV',
  },
  runsKept: '运行记录：已保留 {{n}} 条 · {{size}}',
  versus: {
    aria: '与上一次运行比较',
    head: '与 {{name}} 相比（{{changes}}）：',
    headSame: '与 {{name}} 相比（设置相同）：',
    nameStatus: '{{status}}的 {{name}}',
    change: '{{setting}} {{from}} → {{to}}',
    changeSeparator: '，',
    more: '，另有 {{count}} 项',
    better: '{{what}} {{now}}，好于 {{then}}',
    worse: '{{what}} {{now}}，不如 {{then}}',
    same: '{{what}} {{now}}，与之前相同',
    what: { accuracy: '验证准确率', mae: '验证 MAE', loss: '验证损失' },
    time: '训练用时 {{now}}，之前为 {{then}}',
    partSeparator: '；',
    end: '。',
    compare: '比较曲线',
  },
};

export default charts;
