/** 简体中文 "data" 命名空间：数据面板、散点图与决策边界。 */
import type en from '../en/data-panel';
import type { Translated } from '../../types';

const panel: Translated<typeof en> = {
  panel: { title: '1 · 数据', ownData: '你自己的数据' },
  synthetic: {
    samples: '样本数',
    noise: '噪声（{{value}}）',
    noiseHelp: '加在目标值上。',
    classes: '类别数',
    seed: '随机种子',
    regenerate: '重新生成',
  },
  digits: {
    samplesHelp:
      '按随机种子从 10,000 个数字中随机选取 {{min}}–{{max}} 个。数量越多，训练效果越好，但也越慢。',
    digitLabel: '标签为 {{label}} 的数字',
    sample: '数字样例',
    caption: '{{total}} 张训练图像中的 {{shown}} 张及其标签。',
  },
  split: {
    summary: '划分：训练 {{train}}%，验证 {{validation}}%，测试 {{test}}%',
    train: '训练 {{percent}}%',
    validation: '验证 {{percent}}%',
    test: '测试 {{percent}}%',
    heldOutHelp: '预留数据：只在评估时使用。',
  },
  counts: {
    train: '训练',
    validation: '验证',
    test: '测试',
    part: '{{part}}：',
    heldOut: '预留 {{percent}}% 用于测试',
    table: '各类别在各划分中的样本数',
    class: '类别',
    classN: '类别 {{n}}',
    more: '其余 {{count}} 个',
  },
  scatter: {
    classes: '{{total}} 个点的散点图，共 {{classes}} 个类别。',
    values: '{{total}} 个点的散点图，按 {{target}} 着色，范围 {{min}} 到 {{max}}。',
    target: '目标值',
    axes: '横轴为 {{x}}，纵轴为 {{y}}。',
    drawn: '均匀抽样绘制其中 {{n}} 个。',
    clickToPredict: '{{label}}点击某处即可在该点预测。',
    activationMap: '第 {{layer}} 层第 {{unit}} 个神经元在平面上的激活图。',
    boundaryClass: '决策边界：模型在平面上预测的类别。',
    boundaryClassDiscrete: '决策边界：模型在平面上预测的类别（离散化）。',
    boundaryValue: '决策边界：模型在平面上预测的数值。',
    boundaryValueDiscrete: '决策边界：模型在平面上预测的数值（离散化）。',
    legend: '● 训练 ○ 验证',
    legendWithTest: '● 训练 ○ 验证 ■ 测试',
    sampled: '共 {{total}} 个点，显示其中 {{shown}} 个样本。',
    plotAcross: '横轴',
    plotUp: '纵轴',
  },
  boundary: {
    show: '显示决策边界',
    showTest: '显示测试点',
    discretise: '离散化',
    noModel: '训练模型后，这里会显示它的决策边界。',
    computing: '正在计算决策边界…',
    hidden: '决策边界已隐藏。',
    after: '第 {{epoch}} 轮结束后（第 {{step}} 步），',
    during: '第 {{epoch}} 轮进行中（第 {{step}} 步），',
    neuron:
      '背景：{{when}}第 {{layer}} 层第 {{unit}} 个神经元在平面上的激活值（蓝色 −{{hi}}，橙色 +{{hi}}）。',
    output: '背景：{{when}}模型的{{what}}，基于 {{resolution}} × {{resolution}} 网格。',
    whatClass: '预测类别（颜色越浅表示模型越不确定）',
    whatValue: '{{target}} 预测值（与数据点使用同一色阶）',
    value: '数值',
    predictedClass: '预测类别',
  },
  upload: {
    button: '上传 CSV',
    help: '或把文件拖放到这里：以逗号、分号或制表符分隔，第一行为表头，最大 {{size}}。',
  },
};

export default panel;
