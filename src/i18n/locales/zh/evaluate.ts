/** The Simplified Chinese words of the "evaluate" namespace: the same keys as the English. */
import type en from '../en/evaluate';
import type { Translated } from '../../types';

const evaluate: Translated<typeof en> = {
  panel: {
    title: '6 · 评估',
    intro:
      '模型在测试集上的损失和各项指标。测试集是模型训练时从未见过的数据：验证集在训练中起指导作用，测试集只在最后对模型做一次评判。',
    evaluate: '在测试集上评估',
    evaluating: '正在评估…',
    result: '测试集结果',
    evaluatedWhenSaved: '保存时评估于 <time>{{when}}</time>。重新评估即可浏览样本。',
    testSamples: '测试样本数',
    loss: '损失',
    accuracy: '准确率',
  },
  blocker: {
    noModel: '请先训练或加载一个模型。',
    running: '请先停止训练：权重仍在变化。',
    loading: '请等待数据加载完成。',
    dataError: '请先修正数据：{{error}}',
    emptyTest: '测试集为空。请在数据划分设置中把测试集比例设为大于 0 %。',
  },
  errors: {
    taskMismatch: '模型与数据的任务类型不一致。',
    failed: '无法评估：{{error}}',
    lengths: '有 {{labels}} 个标签，却有 {{predictions}} 个预测。',
    targetLengths: '有 {{targets}} 个目标值，却有 {{predictions}} 个预测。',
    classIndex: '第 {{index}} 个样本的类别索引超出范围。',
  },
  classes: {
    phrase: '类别 {{name}}',
    cellLabel_other: '{{trueClass}} 的 {{count}} 个测试样本被预测为{{predictedClass}}',
    notKept: '保存的模型未保留这 {{n}} 个类别的混淆矩阵；如需各类别的评分，请重新评估。',
  },
  scores: {
    label: '各类别评分',
    class: '类别',
    precision: '精确率',
    recall: '召回率',
    f1: 'F1',
    support: '样本数',
    macro: '宏平均',
    weighted: '加权平均',
    help: '精确率：被预测为某类别的样本中，确实属于该类别的比例。召回率：某类别的样本中，被正确找出的比例。“—”：无定义（该类别从未被预测到，或没有样本）；与 scikit-learn 的做法相同，计算平均值时按 0 计。宏平均：每个类别权重相同；加权平均：按各类别的样本数加权。',
  },
  confusion: {
    label: '混淆矩阵',
    caption: '行：真实类别 · 列：预测类别 · 颜色深浅：占该行的比例。',
    captionClick:
      '行：真实类别 · 列：预测类别 · 颜色深浅：占该行的比例。点击单元格可查看其中的样本。',
    corner: '真实 ↓ · 预测 →',
  },
  cell: {
    title: '{{trueClass}} 被预测为{{predictedClass}}',
    heading: '<true>{{trueClass}}</true> 被预测为<predicted>{{predictedClass}}</predicted>',
    label: '样本：{{title}}',
    close: '关闭样本',
    none: '没有测试样本落在这个单元格中。',
    capped: '显示 {{total}} 个样本中的 {{cap}} 个。',
    count_other: '{{count}} 个样本。',
    columnsCut: '表格只显示 {{total}} 个输入中的前 {{shown}} 个。',
    samples: '此单元格中的样本',
    testNumber: '序号',
    confidence: '置信度',
  },
  digits: {
    title: '测试集数字',
    mistakesOnly: '只看预测错误的',
    list: '测试集数字及其预测',
    image: '测试数字 {{index}}：预测为 {{predicted}}，真实为 {{actual}}',
    imageMistake: '测试数字 {{index}}：预测为 {{predicted}}，真实为 {{actual}}，预测错误',
    sure: '置信度 {{percent}}',
    wrong: '✗ {{predicted}}（真实为 {{actual}}）',
    shownDigits: '显示 {{pool}} 个测试数字中的 {{shown}} 个',
    shownMistakes: '显示 {{pool}} 个预测错误中的 {{shown}} 个',
    mistakes_other: '{{n}} 个测试数字中有 {{count}} 个预测错误。',
  },
  regression: {
    perTarget: '各目标的评分',
    target: '目标',
    targetFallback: '目标 {{n}}',
    captionSample:
      '<name>{{name}}</name>：预测值与实际值对比（从 {{total}} 个测试样本中抽取 {{shown}} 个，R² {{r2}}）。落在虚线上的点表示预测完全准确。',
    captionAll:
      '<name>{{name}}</name>：预测值与实际值对比（{{total}} 个测试样本，R² {{r2}}）。落在虚线上的点表示预测完全准确。',
    actual: '实际 {{name}}',
    predicted: '预测 {{name}}',
    again: '重新评估即可查看预测值与实际值的对比。',
  },
};

export default evaluate;
