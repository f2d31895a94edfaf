/**
 * The Simplified Chinese words of the "network" namespace: the same keys as
 * the English. Layer kinds and the function tables are in ./network-layers.
 */
import type en from '../en/network';
import type { Translated } from '../../types';
import layers from './network-layers';

const network: Translated<typeof en> = {
  panel: {
    title: '2 · 网络',
    undo: '撤销',
    undoTitle: '撤销（Ctrl+Z）',
    redo: '重做',
    redoTitle: '重做（Ctrl+Shift+Z）',
    presets: '预设',
    startFrom: '从预设开始：',
    input: '输入',
    empty: '没有隐藏层：只有输出层时，它就是一个线性模型（逻辑回归）。',
    layers: '层',
    params: '{{n}} 个参数',
    twoClasses: '两个类别时：',
    softmaxUnits: '2 个 softmax 单元',
    sigmoidUnit: '1 个 sigmoid 单元',
    totalParams: '参数总数',
    trainable: '可训练',
    nonTrainable: '不可训练',
    weightsMemory: '权重内存',
  },
  card: {
    drag: '拖动以调整顺序',
    moveUp: '上移 {{layer}}',
    moveDown: '下移 {{layer}}',
    duplicate: '复制 {{layer}}',
    duplicateButton: '复制',
    remove: '移除 {{layer}}',
    batch: '批次',
  },
  add: {
    newLayer: '新增层',
    position: '位置',
    atEnd: '放在末尾',
    atStart: '放在开头',
    after: '放在 {{layer}} 之后',
    button: '+ 添加层',
  },
  diagram: {
    label: '网络结构图：{{layers}}',
    separator: '，',
    input: '输入',
    output: '输出',
    inputBlock: '输入',
  },
  notice: {
    dismiss: '关闭',
    kept: '你的网络和设置已保留。对于 {{data}}，本演练场的默认起点是 {{setup}}。',
    useRecommended: '使用推荐设置',
    recipe: '已为 {{data}} 设置好：{{setup}}。{{why}}',
    preset: '{{setup}}。',
    setup: '{{preset}}，{{optimizer}}，学习率 {{rate}}，批大小 {{batch}}，{{epochs}} 轮',
    setupStopEarly:
      '{{preset}}，{{optimizer}}，学习率 {{rate}}，批大小 {{batch}}，最多 {{epochs}} 轮，验证损失连续 {{patience}} 轮没有改善时提前停止',
  },
  rows: {
    output: '输出层',
    outputScaling: '输出缩放',
  },
  problems: {
    layer: '{{layer}}：{{problem}}',
    tooMany: '最多 {{max}} 层；请移除 {{extra}} 层。',
    outputFlat:
      '输出层需要扁平的输入，但最后一层输出的形状是 {{shape}}。请在层堆叠的末尾添加一个 Flatten 层。',
    layerIdMax: '层 ID 最多 {{max}} 个字符。',
    layersMax: '最多 {{max}} 层。',
    sharedId: '有两个层使用了同一个 ID。',
    noHidden: '（无隐藏层）',
  },
  shapes: {
    denseFlat: '{{layer}} 需要扁平的输入，但收到的是 {{shape}}。请在它之前添加一个 Flatten 层。',
    flattenFlat:
      '{{layer}} 需要图像形状的输入 [高, 宽, 通道]，但收到的已是扁平的 {{shape}}：没有可展开的维度。请移除它。',
    imageFlat:
      '{{layer}} 需要图像输入 [高, 宽, 通道]，但收到的是扁平的 {{shape}}。请把它放在所有 Flatten 或 Dense 层之前，并使用图像数据。',
    imageOther: '{{layer}} 需要形状为 [高, 宽, 通道] 的输入；实际收到的是 {{shape}}。',
    kernelTooLarge:
      '{{layer}}：{{size}}×{{size}} 的卷积核比 {{height}}×{{width}} 的输入还大。请改用更小的卷积核或“补零”填充，或减少它之前的池化层。',
    poolTooLarge:
      '{{layer}}：{{size}}×{{size}} 的池化窗口比 {{height}}×{{width}} 的输入还大。请改用更小的池化窗口或“补零”填充，或减少它之前的池化层。',
  },
  fixes: {
    removeFlatten: '移除这个 Flatten',
    addFlatten: '添加 Flatten',
    addFlattenBefore: '在它之前添加 Flatten',
    addFlattenEnd: '在末尾添加 Flatten',
    useRecipe: '改用 {{preset}}',
  },
  presets: {
    'relu-mlp': {
      label: 'ReLU MLP',
      help: '两个各有 32 个单元的 ReLU 层：几秒内就能学会所有内置二维数据集，螺旋也不例外。',
    },
    'image-mlp': {
      label: '图像 MLP',
      help: '先把像素展平，再接两个 ReLU 层（128 和 64 个单元）：在任何后端上都很快，训练 3 轮后在手写数字上的准确率约为 90%。',
    },
    'tiny-mlp': {
      label: '微型 MLP',
      help: '两个小的 tanh 层：足以应对圆环和 XOR，而且每个神经元的响应图都很容易看懂。',
    },
    'deep-mlp': {
      label: '深层 MLP',
      help: '四个采用 He 初始化的 ReLU 层：容量更大，适合螺旋和手写数字。',
    },
    'dropout-mlp': {
      label: 'Dropout MLP',
      help: '较宽的 ReLU 层，层间加入 Dropout，用来在小数据集上抑制过拟合。',
    },
    'table-mlp': {
      label: '表格 MLP',
      help: '两个各有 64 个单元的 ReLU 层，适合由一行行测量值组成的数据：表格数据通常的第一个模型。',
    },
    'small-cnn': {
      label: '小型 CNN',
      help: '两级 3 × 3 卷积 + 池化，再加一个全连接层：几轮就能学会手写数字。',
    },
    lenet: {
      label: 'LeNet 风格 CNN',
      help: '两级 5 × 5 卷积 + 池化，之后是全连接层：经典的手写数字识别网络。',
    },
  },
  recipes: {
    circle: '圆盘外套着一个圆环：两个小的 ReLU 层就够了。',
    xor: '四个象限：两个小的 ReLU 层就够了。',
    gaussians: '两团数据几乎线性可分：几轮就能学会。',
    spiral: '相互交错的螺旋臂需要许多小区域：ReLU 神经元正好能划分出来。',
    moons: '一条弯曲的边界：两个小的 ReLU 层就够了。',
    checkerboard: '十六个方格需要许多条直线来切分：四个 ReLU 层，再加一点耐心。',
    blobs: '圆形的簇：一个小的 ReLU 网络加 softmax。',
    plane: '一个倾斜的平面：小的 ReLU 网络就能拟合。',
    hills: '起伏不平的曲面：ReLU 神经元一段一段地逼近它。',
    mnist:
      '展平的像素加两个 ReLU 层，在任何后端上几秒内就能学会手写数字；接下来可以试试 CNN 预设。',
    iris: '每朵花有四个测量值：一个小型全连接网络，保留最佳一轮的权重，因为少量的行很快就会被死记硬背。',
    'auto-mpg': '每辆车有几个数值：一个小型全连接网络，目标值已缩放，保留最佳一轮的权重。',
    csv: '一行行的数值：先从一个小型全连接网络开始，保留最佳一轮的权重，因为小表格很快就会被死记硬背。',
  },
  ...layers,
};

export default network;
