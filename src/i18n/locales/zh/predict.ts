/** The Simplified Chinese words of the "predict" namespace: the same keys as the English. */
import type en from '../en/predict';
import type { Translated } from '../../types';

const predict: Translated<typeof en> = {
  panel: {
    noModelPoint: '请先训练或加载一个模型，然后输入一个点的坐标，或直接点击散点图。',
    noModelDigit: '请先训练或加载一个模型，然后手写一个数字。',
    noModelTable: '请先训练或加载一个模型，然后填写表单或上传一个 CSV 文件。',
  },
  problem: {
    noModel: '请先训练或加载一个模型。',
    loading: '{{loading}}数据就绪后将继续预测。',
    dataError: '请先修正数据：{{error}}',
  },
  point: {
    title: '预测一个点',
    predict: '预测',
    help: '也可以点击散点图，在该点处预测。',
    at: '点 ({{x}}, {{y}}) 处的预测',
    needNumbers: '请为两个坐标都输入数字。',
  },
  output: {
    predicted: '<name>{{name}}</name> 的预测值：<value>{{value}}</value>',
    outputFallback: '输出 {{n}}',
    classFallback: '输出 {{n}}',
    probability: '{{name}} 的概率',
  },
  digit: {
    title: '手写一个数字',
    help: '可以用鼠标、手指或手写笔书写，概率会随书写实时更新。书写需要指针设备；“清除”按钮也可以用键盘操作。',
    canvas: '数字书写区',
    preview: '模型看到的输入：缩放到 28 × 28 像素的手写图像',
    clear: '清除',
    empty: '还没有书写内容。',
    looksLike: '看起来像 <top>{{top}}</top>',
    probabilities: '各数字的概率',
  },
  row: {
    title: '预测一行数据',
    categories: '{{n}} 个类别值',
    range: '训练数据范围 {{range}}',
    more: '表单只显示 {{total}} 个输入中的前 {{shown}} 个；其余 {{rest}} 个保持典型值。如需设置全部输入，请使用“预测 CSV 文件”。',
    predict: '预测',
    reset: '恢复为典型值',
    units: '数值使用数据本身的单位；训练时的缩放会自动应用。',
    predicted: '<name>{{target}}</name> 的预测结果：<top>{{top}}</top>',
    output: '这一行的预测',
  },
  batch: {
    title: '预测 CSV 文件',
    file: '待预测输入的 CSV 文件',
    helpClasses:
      '选择或拖入一个带表头行的文件，需包含列 <cols>{{needs}}</cols>。其他列会原样保留；并会添加 <cols>{{first}}</cols> 列，以及每个类别各一个 p_ 概率列。',
    helpOne:
      '选择或拖入一个带表头行的文件，需包含列 <cols>{{needs}}</cols>。其他列会原样保留；并会添加 <cols>{{adds}}</cols> 列。',
    helpSome:
      '选择或拖入一个带表头行的文件，需包含列 <cols>{{needs}}</cols>。其他列会原样保留；并会添加 <cols>{{adds}}</cols> 列。',
    predicting: '正在预测…',
    download: '下载预测结果（<file>{{file}}</file>）',
    digits: '批量预测适用于表格数据和二维数据；如需试用模型，请手写一个数字。',
    tooBig:
      '{{file}} 大小为 {{size}}；批量预测最多接受 {{max}} 的文件。请把它拆分成多个较小的文件。',
    noRow: '{{file}} 中没有任何一行可以读取。{{errors}}',
    predicted_other: '已预测 {{total}} 行。',
    predictedSome: '已预测 {{total}} 行中的 {{used}} 行。',
    rowsFailed_other: '有 {{failed}} 行无法预测（这些行的预测单元格为空）：{{errors}}',
    failed: '批量预测失败：{{error}}',
  },
  csv: {
    unclosedQuote: '{{file}} 不是有效的 CSV：第 {{row}} 行附近有一个引号括起的值没有闭合。',
    empty: '{{file}} 是空文件。它需要一个表头行，并且每个输入占一行。',
    noRows: '{{file}} 只有表头，没有可预测的行。',
    missing_other: '{{file}} 缺少列 {{list}}。模型需要 {{needs}} 这些列（其他列会原样保留）。',
    quoted: '“{{name}}”',
    width_other: '有 {{count}} 个值，而表头有 {{width}} 列。',
    emptyCell: '“{{name}}” 为空。',
    notNumber: '“{{name}}” 需要一个数字，实际为“{{cell}}”。',
    row: '第 {{row}} 行：{{message}}',
    more: '{{rows}} 此外还有 {{more}} 行有问题。',
  },
};

export default predict;
