/** The Simplified Chinese messages of the "models" namespace about model files. */
import type en from '../en/models-files';
import type { Translated } from '../../types';

const files: Translated<typeof en> = {
  fileCheck: {
    invalid: '无效',
    listSep: '”、“',
    more: ' 等',
    inFile: '{{file}}：{{problem}}',
    notJson: '{{file}} 不是有效的 JSON（{{error}}）。',
    zip: {
      noEnd: '{{zip}} 不是有效的 .zip 文件（缺少归档结束记录）。',
      dirOutside: '{{zip}} 不是有效的 .zip 文件（其目录超出了文件范围）。',
      entryDamaged: '{{zip}} 不是有效的 .zip 文件（目录共 {{total}} 项，其中第 {{n}} 项已损坏）。',
      zip64: '{{zip}} 是 ZIP64 归档；这里的模型文件都不大，用普通 .zip 即可。',
      noLocalHeader: '{{zip}} 中的“{{path}}”已损坏：缺少本地文件头。',
      cutShort:
        '{{zip}} 中的“{{path}}”不完整：它声明有 {{size}} 字节的压缩数据，但文件在此之前就结束了。',
      inflateFailed: '{{zip}} 中的“{{path}}”已损坏（{{error}}）。',
      inflatesOver:
        '{{zip}} 中的“{{path}}”解压后超过其文件头声明的 {{size}} 字节；已停止解压并拒绝该文件。',
      inflatesTo: '{{zip}} 中的“{{path}}”解压后为 {{got}} 字节，而其文件头声明为 {{size}} 字节。',
      encrypted: '{{zip}} 中的“{{path}}”已加密：请不设密码重新打包这些文件。',
      method:
        '{{zip}} 中的“{{path}}”使用了压缩方法 {{method}}；只能读取未压缩（stored）或 deflate 压缩的条目。',
      storedSize: '{{zip}} 中的“{{path}}”存有 {{got}} 字节，而其文件头声明为 {{size}} 字节。',
      crc: '{{zip}} 中的“{{path}}”已损坏：其 CRC-32 为 {{crc}}，而归档中记录的是 {{expected}}。',
      tooManyFiles: '{{zip}} 含有 {{files}} 个文件；最多应有 {{max}} 个。',
      tooLarge:
        '{{zip}} 解压后超过 {{max}} 字节（到“{{path}}”时超出，该文件 {{size}} 字节）；已在解压前拒绝。',
      sameName: '{{zip}} 中有两个名为“{{name}}”的文件。',
    },
    model: {
      notLayers: 'model.json 不是 TensorFlow.js 层模型（layers model）：{{where}}：{{error}}。',
      notLayersTop: 'model.json 不是 TensorFlow.js 层模型（layers model）：顶层：{{error}}。',
      format: 'model.json 的格式为“{{format}}”；这里只能加载“layers-model”格式。',
      weightsNotUploaded:
        'model.json 需要权重文件“{{file}}”，但它没有被上传。请把它和 model.json 一起选择。',
      weightsSize: '权重文件 {{files}} 有 {{have}} 字节；模型需要 {{needed}} 字节。',
      notInManifest: 'model.json 的权重清单中没有列出“{{files}}”。',
      weightBytes: '权重有 {{have}} 字节；模型需要 {{needed}} 字节。',
      dtype:
        '权重“{{name}}”的 dtype 为“{{dtype}}”；TensorFlow.js 层模型的权重只能是 float32、int32 或 bool。',
      tooManyValues:
        '权重“{{name}}”声明了 {{values}} 个值（形状 [{{shape}}]）；上限为 {{max}} 个。',
    },
    topology: {
      notModel:
        'model.json 的拓扑不是 Sequential 模型或函数式（functional）模型（类为“{{cls}}”）。',
      noLayers: 'model.json 描述的模型没有任何层。',
      unknownClass: '层“{{name}}”的类为“{{cls}}”，TensorFlow.js {{version}} 无法构建它。',
      tooLarge: '层“{{name}}”声明了 {{key}} = {{value}}；上限为 {{max}}。',
      nested: '在嵌套模型“{{name}}”中：{{problem}}',
      inputTooLarge: '层“{{name}}”声明的输入每个样本有 {{values}} 个值；上限为 {{max}} 个。',
      unusedWeight: 'model.json 的权重清单中有“{{name}}”，但模型中没有任何层使用它。',
      weightTwice: 'model.json 的权重清单中“{{name}}”出现了两次。',
      dtype: '权重“{{name}}”以 {{stored}} 存储；该层需要 {{needed}}。',
      shape: '权重“{{name}}”在 model.json 中的形状为 {{shape}}；该层需要 {{needed}}。',
      lacksOne: 'model.json 的权重清单缺少权重“{{names}}”。',
      lacksMany: 'model.json 的权重清单缺少 {{n}} 个权重：“{{names}}”{{more}}。',
    },
    graph: {
      noName: '图中第 {{n}} 层没有名称。',
      sameName: '图中有两层都名为“{{name}}”。',
      noInbound: '层“{{name}}”没有说明其输入来自哪里。',
      badInput: '层“{{name}}”有一个输入不是 [layer, node, tensor] 形式的引用。',
      listMissing: '模型缺少 {{list}} 列表。',
      list: {
        notRef: '模型的 {{list}} 中有一项不是 [layer, node, tensor] 形式的引用。',
        unknownLayer: '模型的 {{list}} 指向层“{{layer}}”，但模型中没有这一层。',
        call_other:
          '模型的 {{list}} 使用了层“{{layer}}”的第 {{call}} 次调用，而该层只被调用了 {{count}} 次。',
      },
      layer: {
        notRef: '层“{{name}}”中有一项不是 [layer, node, tensor] 形式的引用。',
        unknownLayer: '层“{{name}}”指向层“{{layer}}”，但模型中没有这一层。',
        call_other:
          '层“{{name}}”使用了层“{{layer}}”的第 {{call}} 次调用，而该层只被调用了 {{count}} 次。',
      },
      cycle: '模型的图中有环：层“{{layer}}”经由其他层，从自己的输出获取输入。',
    },
    optimizer: {
      damaged: '{{file}} 已损坏：{{where}}：{{error}}。',
    },
    meta: {
      newer: '它是由更新版本的应用写入的（格式 {{version}}；当前版本最多只能读取格式 {{max}}）',
      isoDate: '应为 ISO 格式的日期。',
      zeroScale: '缩放系数不能为 0。',
      confusion: '混淆矩阵必须是方阵，每个类别一行，并且计入每一个测试样本。',
    },
  },
};

export default files;
