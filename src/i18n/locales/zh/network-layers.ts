/**
 * Simplified Chinese words of the "network" namespace, part two: layer
 * kinds, their settings and the function tables. Spread into ./network.
 */
const layers = {
  layers: {
    dense: {
      label: 'Dense',
      help: '全连接：每个输出都是所有输入的加权和，加上偏置，再经过激活函数。',
      settings: {
        units: { label: '单元数', help: '输出的个数（神经元数）。' },
      },
    },
    conv2d: {
      label: 'Conv2D',
      help: '让一组可学习的小滤波器在图像上滑动；每个滤波器检测一种局部图案，无论它出现在哪里。',
      settings: {
        filters: { label: '滤波器数', help: '滤波器的个数，即输出通道数。' },
        kernelSize: { label: '卷积核', help: '滤波器的尺寸（k×k 像素）。' },
        strides: { label: '步幅', help: '滤波器相邻两个位置之间的距离；取 2 时尺寸减半。' },
        padding: { label: '填充', help: '边界处如何处理。' },
      },
    },
    maxPool2d: {
      label: 'MaxPooling2D',
      help: '保留每个窗口中的最大值：图像尺寸减半，同时保留最强的响应。',
    },
    avgPool2d: {
      label: 'AveragePooling2D',
      help: '对每个窗口取平均值：一种更平滑的缩小图像的方式。',
    },
    flatten: {
      label: 'Flatten',
      help: '把图像形状的输入展开成一个长向量，后面才能接 Dense 层。',
    },
    dropout: {
      label: 'Dropout',
      help: '训练时每一步都随机把一部分输入置零，使网络无法依赖任何单个神经元。预测时不起作用。',
      settings: {
        rate: { label: '丢弃率', help: '被丢弃的比例，取值范围 [0, 1)。' },
      },
    },
    batchNorm: {
      label: 'BatchNormalization',
      help: '在批次上把每个通道归一化为零均值、单位方差，再重新缩放。能加快深层网络的训练，并让训练更稳定。',
      settings: {
        momentum: {
          label: '动量',
          help: '滑动均值和方差（预测时使用）跟随每个批次更新的快慢：越大，更新越慢。',
        },
      },
    },
    activation: {
      label: '激活层',
      help: '单独应用一个激活函数，逐元素计算。',
      settings: {
        activation: { label: '函数', help: '所应用的函数。' },
      },
    },
  },
  kernel: {
    activation: { label: '激活函数', help: '作用于该层的输出。' },
    init: { label: '初始化', help: '权重的初始值如何生成。' },
    useBias: { label: '偏置', help: '为每个输出加上一个可学习的偏移量。' },
    reg: { label: '正则化', help: '对该层权重（不含偏置）的惩罚项，加到损失中。' },
    regRate: { label: '正则化系数', help: '惩罚的强度；常用值在 1e-4 到 1e-2 之间。' },
  },
  pool: {
    poolSize: { label: '池化窗口', help: '窗口大小（p×p）。' },
    strides: { label: '步幅', help: '相邻两个窗口之间的距离；通常与池化窗口大小相同。' },
    padding: { label: '填充', help: '边界处如何处理。' },
  },
  padding: {
    valid: { label: '不填充', help: '不做填充：输出尺寸缩小（卷积核大小 − 1）。' },
    same: {
      label: '补零',
      help: '在边界补零，使输出保持输入的尺寸（再除以步幅）。',
    },
  },
  activations: {
    relu: {
      label: 'ReLU',
      help: 'max(0, x)。最常用的默认选择：计算开销小，正输入处的梯度不会衰减。学习率过高时，神经元可能“死亡”（对任何输入都输出 0）。',
    },
    leakyRelu: {
      label: 'Leaky ReLU',
      help: '与 ReLU 类似，但负输入处有一个小斜率（0.2·x），因此神经元不会死亡。',
    },
    elu: {
      label: 'ELU',
      help: '正输入时与 ReLU 相同，负输入时是一条平滑下降到 −1 的曲线；输出的均值更接近零。',
    },
    selu: {
      label: 'SELU',
      help: '缩放版 ELU：配合 LeCun 正态初始化，能让激活值在很深的全连接堆叠中保持归一化。',
    },
    swish: {
      label: 'Swish',
      help: 'x·sigmoid(x)：平滑且非单调；在深层网络中往往比 ReLU 略好。',
    },
    gelu: {
      label: 'GELU',
      help: 'x·Φ(x)，即 Transformer 中使用的高斯加权 ReLU；在零附近是平滑的。',
    },
    tanh: {
      label: 'tanh',
      help: 'S 形曲线，取值从 −1 到 1，以 0 为中心。边界平滑；输入很大时会饱和（梯度极小）。',
    },
    sigmoid: {
      label: 'Sigmoid',
      help: 'S 形曲线，取值从 0 到 1。两端都会饱和，所以用它堆叠成的深层网络学得很慢。',
    },
    softmax: {
      label: 'Softmax',
      help: '把一个向量变成总和为 1 的概率。应当放在分类器的输出端。',
    },
    linear: {
      label: '线性',
      help: '没有非线性。多个线性层叠在一起仍然只是一个线性映射：只能画出直线边界。',
    },
  },
  initializers: {
    glorotUniform: {
      label: 'Glorot 均匀',
      help: 'Xavier 初始化：按扇入与扇出之和缩放。Keras 的默认值；适合 tanh/sigmoid。',
    },
    glorotNormal: { label: 'Glorot 正态', help: 'Xavier 初始化，从截断正态分布中采样。' },
    heUniform: { label: 'He 均匀', help: '按扇入缩放，适用于 ReLU 系列激活函数。' },
    heNormal: {
      label: 'He 正态',
      help: 'He 初始化，从截断正态分布中采样：深层 ReLU 网络的常用选择。',
    },
    lecunUniform: { label: 'LeCun 均匀', help: '按扇入缩放，方差为 1/扇入。' },
    lecunNormal: { label: 'LeCun 正态', help: '与 SELU 搭配，构成自归一化网络。' },
    randomNormal: {
      label: '随机正态',
      help: '标准差为 0.05 的正态分布，不考虑层的大小：在深层堆叠中信号可能消失或爆炸。',
    },
    zeros: {
      label: '全零',
      help: '全部为零：每个神经元都学到同样的东西（对称性永远无法打破）。仅供演示。',
    },
  },
  regularizers: {
    none: { label: '无', help: '不对权重施加惩罚。' },
    l1: {
      label: 'L1',
      help: '在损失中加上 系数·Σ|w|：把权重推向恰好为零（稀疏）。',
    },
    l2: {
      label: 'L2',
      help: '在损失中加上 系数·Σw²（权重衰减）：让权重保持较小，边界保持平滑。',
    },
    l1l2: { label: 'L1 + L2', help: '同时使用两种惩罚，系数相同。' },
  },
};

export default layers;
