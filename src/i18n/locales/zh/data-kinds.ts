/** 简体中文 "data" 命名空间：数据来源与表格选项。 */
import type en from '../en/data-kinds';
import type { Translated } from '../../types';

const kinds: Translated<typeof en> = {
  kinds: {
    circle: { label: '圆形', help: '一类点组成圆盘，另一类点围成外环。' },
    xor: { label: '异或 XOR', help: '对角象限属于同一类别：无法线性分隔。' },
    gaussians: {
      label: '双高斯',
      help: '两团点云，噪声会让它们重叠。单个线性神经元就能把它们分开。',
    },
    spiral: {
      label: '螺旋',
      help: '交错的螺旋臂，每个类别一条：需要足够的深度和耐心。',
    },
    moons: { label: '双月', help: '两个相扣的半圆：决策边界是弯曲的。' },
    checkerboard: {
      label: '棋盘格',
      help: '4 × 4 的黑白交替方格：许多小区域。',
    },
    blobs: {
      label: '高斯团簇',
      help: '每个类别一团圆形点簇，沿圆周分布：多类别 softmax。',
    },
    plane: {
      label: '平面（回归）',
      help: '目标值是一个倾斜的平面，y = (x₁ + x₂) / 2；噪声加在 y 上。',
    },
    hills: {
      label: '高斯山丘（回归）',
      help: '目标值是由六个高斯山峰和山谷组成的曲面；噪声加在 y 上。',
    },
    mnist: {
      label: '手写数字（MNIST）',
      help: '数字 0–9 的 28 × 28 灰度图像，取自应用自带的 10,000 张。',
    },
    iris: {
      label: '鸢尾花 Iris（表格）',
      help: '150 朵花，4 项测量值（厘米），3 个品种。Fisher，1936 年。',
    },
    'auto-mpg': {
      label: 'Auto MPG 汽车油耗（表格，回归）',
      help: '1970–82 年间 406 款汽车的油耗（每加仑英里数），含缺失值和一个文本列。',
    },
    csv: {
      label: '你的 CSV 文件',
      help: '在下方上传 CSV 文件，然后选择它的标签列和特征列。',
    },
  },
  scaling: {
    none: { label: '不缩放', help: '使用原始值。' },
    standardize: {
      label: '标准化',
      help: '减去训练集的均值，再除以训练集的标准差。',
    },
    minmax: { label: '最小–最大归一化', help: '把训练集的最小值映射为 0，最大值映射为 1。' },
  },
  missing: {
    drop: { label: '删除这些行', help: '缺少特征值的行不参与训练。' },
    fill: {
      label: '填充缺失值',
      help: '数值用训练集的均值填充，类别用训练集中出现最多的值填充。',
    },
  },
  picker: {
    label: '数据集',
    classification: '二维分类',
    regression: '二维回归',
    images: '图像',
    tables: '表格',
    yourCsv: '你的 CSV：{{name}}',
    uploadBelow: '{{kind}}（在下方上传）',
  },
  describe: {
    table: '{{name}}（标签 {{label}}）',
    digits: '{{n}} 个数字，种子 {{seed}}',
    synthetic: '{{kind}}，{{n}} 个样本，种子 {{seed}}',
  },
};

export default kinds;
