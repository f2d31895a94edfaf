/** 简体中文 "data" 命名空间：读取、检查和构建数据时的提示。 */
import type en from '../en/data-messages';
import type { Translated } from '../../types';

const messages: Translated<typeof en> = {
  sniff: {
    tooLarge: '{{name}} 大小为 {{size}}；本页面最多读取 {{max}} 的 CSV 文件。请只取其中一部分行。',
    empty: '{{name}} 是空文件（0 字节）。',
    isKind: '{{name}} 不是 CSV 文件：它是{{what}}。{{fix}}',
    looksLike: '{{name}} 不是 CSV 文件：它看起来是{{what}}（.{{ext}}）。{{fix}}',
    utf16:
      '{{name}} 看起来是没有字节顺序标记的 UTF-16 文本，无法可靠读取。请另存为 UTF-8 编码的 CSV（或带字节顺序标记的 UTF-16）后再上传。',
    binary: '{{name}} 不是 CSV 文件：它包含二进制数据。{{fix}}',
    whiteSpace: '{{name}} 是空文件：里面只有空白字符。',
    json: '{{name}} 不是 CSV 文件：它看起来是 JSON。{{fix}}',
    markup: '{{name}} 不是 CSV 文件：它看起来是 HTML 或 XML。{{fix}}',
    fix: '请把它导出或另存为 CSV（逗号分隔值，UTF-8 文本）后再上传。',
  },
  magic: {
    zip: ' ZIP 压缩包（Excel 的 .xlsx 或 .ods 文件？）',
    xls: '旧版 Excel/Office 文件（.xls）',
    pdf: ' PDF 文档',
    png: ' PNG 图像',
    jpeg: ' JPEG 图像',
    gif: ' GIF 图像',
    gzip: ' gzip 压缩文件',
    parquet: ' Parquet 文件',
  },
  extension: {
    workbook: ' Excel 工作簿',
    spreadsheet: '电子表格',
    json: ' JSON 文件',
    parquet: ' Parquet 文件',
    zip: ' ZIP 压缩包',
    compressed: '压缩文件',
    image: '图像',
    pdf: ' PDF 文档',
    binary: '二进制文件',
  },
  encoding: {
    windows1252:
      '该文件不是 UTF-8 文本，因此按 Windows-1252（Latin-1）编码读取。如果文字显示不正确，请另存为 UTF-8 编码的 CSV 后重新上传。',
    utf16le: '已按 UTF-16（小端序）文本读取。',
    utf16be: '已按 UTF-16（大端序）文本读取。',
  },
  parse: {
    openQuote:
      '{{name}} 在第 {{row}} 行附近不是有效的 CSV：有一个带引号的值没有闭合（{{detail}}）。请检查该行的引号。',
    unreadable: '无法读取 {{name}}：{{detail}}',
    ragged_other:
      '{{name}} 的各行长度不一致：第 {{row}} 行有 {{count}} 个字段，而表头有 {{header}} 个。每一行的每一列都需要一个值（缺失的值请留空）。',
    noRows: '{{name}} 是空文件：里面一行都没有。',
    headerOnly: '{{name}} 只有表头，没有数据行。请在表头下至少添加几行数据。',
    oneColumn:
      '{{name}} 只有一列（“{{column}}”）。数据集至少需要一个特征列和一个标签列；如果文件使用了其他分隔符，请改用逗号、分号或制表符分隔各值后再保存。',
    noNumbers: '{{name}} 没有数值列：每一列都是文本。至少要有一个特征是数值。',
    tooWide:
      '{{name}} 有 {{n}} 列；本页面最多读取 {{max}} 列。请只保留要用来学习的列（以及标签列）后再上传。',
  },
  build: {
    labelTooManyNumbers:
      '标签 {{name}} 有超过 {{max}} 个不同的值，类别太多。请把它作为回归任务，或选择其他标签。',
    labelTooMany: '标签 {{name}} 有超过 {{max}} 个不同的值，类别太多。请选择其他标签。',
    noColumn: '{{file}} 中没有名为 {{name}} 的列。',
    labelEmpty: '标签 {{name}} 是空列：所有值都缺失。',
    labelText: '标签 {{name}} 是文本，只能作为类别来预测（分类）。',
    featureText: '列 {{name}} 是自由文本（超过 {{max}} 个不同的值），不能作为特征。请不要选用它。',
    featureEmpty: '列 {{name}} 是空列：所有值都缺失。请不要选用它。',
    tooFew_other: '只剩 {{count}} 行可用的数据；至少需要 {{min}} 行。{{why}}',
    droppedWhy: '有 {{n}} 行因含缺失值被删除：请改选“填充缺失值”。',
    oneValue:
      '标签 {{name}} 只有一个值（{{value}}）：没有什么可预测的。请选择至少有两个不同值的标签列。',
    noTrainValues: '列 {{name}} 在训练集中没有任何值。请不要选用它。',
    notTable: '这个数据集不是表格：没有可填写的列。',
    row: '第 {{row}} 行：{{problem}}',
    needsNumber: '“{{name}}”需要一个数值；实际为“{{cell}}”。',
  },
  digitsFile: {
    damaged: '数字图像文件已损坏（{{why}}）。请重新加载页面；如果问题仍然存在，请重新构建应用。',
    bytes: '{{count}} 字节',
    marker: '格式标记错误',
    sizes: '尺寸错误',
    checksum: '校验和不匹配',
    labels: '有标签不在 0–9 之间',
  },
  spec: {
    split: '训练集与验证集加起来最多为 100%。',
    columnName: '列名最多 {{max}} 个字符。',
    seedWhole: '随机种子必须是整数。',
    seedNegative: '随机种子不能为负数。',
    seedMax: '随机种子最大为 {{max}}。',
    samplesWhole: '样本数必须是整数。',
    samplesMin: '至少 {{min}} 个样本。',
    samplesMax: '最多 {{max}} 个样本。',
    noiseNegative: '噪声不能为负数。',
    noiseMax: '噪声最大为 {{max}}。',
    fixedClasses: '{{kind}} 的类别数是固定的。',
    classRange: '{{kind}} 的类别数为 {{min}} 到 {{max}}。',
    digitsWhole: '数字图像的数量必须是整数。',
    digitsMin: '至少 {{min}} 个数字。',
    digitsMax: '最多 {{max}} 个数字。',
    fileName: '文件名最多 260 个字符。',
    hash: '应为 16 位十六进制哈希值。',
    rows: '表格最多 {{max}} 行。',
    noFeature: '请至少选择一个特征列。',
    featuresMax: '最多 {{max}} 个特征列。',
    labelIsFeature: '标签列不能同时作为特征。',
    featureTwice: '有一个特征列被列出了两次。',
  },
  service: {
    http: '无法加载 {{name}}（HTTP {{status}}）。',
    failed: '无法加载 {{name}}：{{detail}}',
    tooLarge: '{{name}} 太大。',
    notLoaded: '{{name}}（{{rows}} 行）尚未加载。请重新上传该文件以重建它的数据。',
    digitsHttp: '无法加载数字图像（HTTP {{status}}）。',
    digitsFailed: '无法加载数字图像：{{detail}}',
    digitsNotReady: '数字图像尚未加载。',
  },
  actions: {
    issue: '数据 {{field}}：{{message}}',
    invalid: '无效',
    loadingDigits: '正在加载数字图像…',
    preparing: '正在准备 {{name}}…',
    replaced: '已被更新的选择取代。',
    uploadFirst: '上传 CSV 文件即可使用你自己的数据。',
    loading: '正在加载 {{name}}…',
    reading: '正在读取 {{name}}…',
    imported: '已导入 {{name}}：{{rows}} 行。',
    invalidChoice: '选择无效。',
    notApplied: '{{kind}}（{{description}}）：{{error}}',
    uploadAgain: '这些数据来自 {{name}}（{{rows}} 行）。请重新上传该文件以重建数据。',
    shippedChanged:
      '自带的 {{name}} 在描述此数据集之后已被修改（内容为 {{found}}，应为 {{expected}}）。',
    notShipped: '{{kind}} 不是应用自带的表格。',
  },
  fit: {
    shape:
      '此模型的输入形状为 {{model}}，但当前数据的形状为 {{data}}。请选择该形状的数据，或用当前数据训练一个模型。',
    any: '任意',
    kind: '此模型是在{{was}}上训练的，但现在的数据是{{now}}。请重新选择{{was}}，或用当前数据训练一个模型。',
    classes:
      '此模型是在 {{was}} 个类别上训练的，但现在的数据有 {{now}} 个。请把类别数改回去，或重新训练。',
    file: '此模型是在另一个文件（{{name}}）上训练的。请重新上传该文件，或用当前数据训练一个模型。',
    changed: '自训练此模型以来，{{what}}已经改变。请改回去，或重新训练。',
    separator: '、',
    label: '标签列',
    task: '任务',
    features: '特征列',
    scaling: '缩放方式',
  },
  form: {
    enterNumber: '请为“{{name}}”输入一个数值。',
    needsNumber: '“{{name}}”需要一个数值，例如 5.1；实际为“{{text}}”。',
    chooseOne: '请为“{{name}}”从 {{choices}} 中选择一个。',
  },
};

export default messages;
