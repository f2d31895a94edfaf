/** 引擎关于模型的提示：存储、文件、形状、神经元图与权重（"engine" 命名空间的一部分）。 */
import type en from '../en/engine-models';
import type { Translated } from '../../types';

const engineModels: Translated<typeof en> = {
  store: {
    quota:
      '浏览器存储空间不足：模型大约需要 {{need}} 字节，而可用空间只有 {{free}} 字节。模型仍在页面上：可以将其下载为 .zip，或删除已保存的模型以腾出空间。',
    damaged: '“{{name}}”的保存记录已损坏：{{error}}',
    noSuch: '没有名为“{{name}}”的已保存模型。',
    exists: '已经保存了一个名为“{{name}}”的模型。',
    notReadBack: '浏览器报告模型已保存，但无法读回。模型仍在页面上：请将其下载为 .zip。',
    weightsDamaged: '“{{name}}”保存的权重已损坏：{{error}}',
    sameName: '这个模型已经叫“{{name}}”了。',
    weightsMissing: '“{{name}}”保存的权重缺失。',
    restoreTaken: '无法恢复“{{name}}”：此后已有另一个模型以这个名称保存。',
    restoreGone: '“{{name}}”已无法恢复。',
  },
  io: {
    notSerialised: '无法序列化这个模型。',
    unknownPart: '模型使用了 {{kind}}“{{name}}”，而 TensorFlow.js {{version}} 不认识它。',
    buildFailed: '无法从 model.json 构建模型：{{error}}',
    weightsMisfit: '权重与模型不匹配：{{error}}',
    otherOptimizer: '它属于 {{saved}}，而这个模型使用 {{current}} 训练。',
    optimizerUnreadable: '无法读取它（{{error}}）。',
    optimizerMisfit: '它与模型的权重不匹配。',
  },
  shapes: {
    inputs: '这个模型的输入形状为 [{{want}}]，而这些数据的形状为 [{{got}}]。',
    any: '任意',
    inputCount_other: '{{count}} 个输入',
    outputCount_other: '{{count}} 个输出',
    io: '这个模型有 {{inputs}}（{{inNames}}）和 {{outputs}}（{{outNames}}）。',
    evaluateOnly: '{{io}}这里只能评估单输入、单输出的模型。',
    predictOnly: '{{io}}这里只能用单输入、单输出的模型进行预测。',
    dataInputs: '这个模型的输入形状为 {{want}}，而数据的形状为 {{got}}。',
    classes: '{{count}} 个类别',
    targets: '{{count}} 个目标',
    outputs: '这个模型的输出形状为 {{shape}}，而数据有 {{what}}。',
    freeDims: '这个模型的输入形状 {{shape}} 含有不固定的维度；只有固定形状才能手动输入。',
    perSample: '这个模型每个样本需要 {{per}} 个值（形状 {{shape}}），实际得到 {{got}} 个。',
    logits: '模型的输出不是概率，因此计算损失时把它们当作 logits（先经过 softmax）。',
    quoted: '“{{name}}”',
    graphInputs_other:
      '这个模型的计算图有 {{count}} 个输入（{{names}}）；编辑器只构建顺序堆叠的网络，因此它可以用于预测和评估，但不能编辑或继续训练。',
    graphSkip:
      '这个模型的计算图有一条跳跃连接通往层“{{layer}}”（来自 {{from}}）；编辑器只构建顺序堆叠的网络，因此它可以用于预测和评估，但不能编辑或继续训练。',
    graphMerge:
      '这个模型的计算图在层“{{layer}}”处合并分支（来自 {{from}}）；编辑器只构建顺序堆叠的网络，因此它可以用于预测和评估，但不能编辑或继续训练。',
    graphBranch:
      '这个模型的计算图在层“{{layer}}”之后分出分支；编辑器只构建顺序堆叠的网络，因此它可以用于预测和评估，但不能编辑或继续训练。',
    boundary: '决策边界需要一个有 2 个输入（平面坐标）的模型；这个模型的输入为 [{{shape}}]。',
  },
  neurons: {
    planeInputs: '神经元图需要一个以平面上两个坐标为输入的模型。',
    branches: '神经元图只能绘制简单堆叠的层；这个模型的计算图有分支。',
    notMlp: '神经元图只能绘制普通的 MLP（Dense 层和激活函数）；这个模型含有 {{kind}} 层。',
    noHidden: '这个网络没有隐藏层：添加一个 Dense 层即可看到它的神经元。',
    tooBig:
      '神经元图最多绘制 {{layers}} 个隐藏层、每层 {{units}} 个神经元的网络；这个网络有 {{hidden}} 个隐藏层，最宽的一层有 {{widest}} 个神经元。',
  },
  weights: {
    sampled:
      '这个模型有 {{params}} 个参数：超过 {{limit}} 个值的张量，其直方图每 {{stride}} 个值取一个。',
    bigKernel: '第一个 Conv2D 卷积核太大，无法绘制。',
  },
};

export default engineModels;
