/** The Simplified Chinese messages of the "models" namespace. */
import type en from '../en/models-messages';
import type { Translated } from '../../types';

const messages: Translated<typeof en> = {
  msg: {
    listUnreadable: '无法读取已保存的模型：{{error}}',
    noPersist: '此浏览器无法启用持久存储。',
    persisted: '已启用持久存储：浏览器不会清除已保存的模型。',
    persistDeclined:
      '浏览器拒绝启用持久存储（它根据网站的使用情况来决定，例如是否已加入书签或已安装）。除非空间耗尽，已保存的模型会一直保留。',
    trainFirst: '请先训练或加载一个模型。',
    stopToSave: '请先停止训练，使保存的权重就是当前显示的权重。',
    invalidName: '名称无效。',
    notSavable:
      '只有在这里训练的模型（或连同本工具设置一起加载的模型）才能保存到浏览器。请改为下载此模型。',
    saved: '已将“{{name}}”保存到此浏览器。',
    savedToast: '模型“{{name}}”已保存到此浏览器。',
    stopToLoad: '请先停止训练，再加载模型。',
    loaded: '已加载“{{name}}”。',
    renamed: '已将“{{from}}”重命名为“{{to}}”。',
    copied: '已将“{{name}}”复制为“{{copy}}”。',
    deleted: '已删除“{{name}}”。',
    deletedToast: '模型“{{name}}”已删除。',
    restored: '已恢复“{{name}}”。',
    fixData: '请先修正数据：{{error}}',
    fixNetwork: '请先修正网络：{{error}}',
    kerasExported: '已导出 train.py 及 CSV 格式的数据。',
    loadedToast: '已从 {{file}} 加载模型。',
    loadedNonFinite: '已加载 {{file}} 以供查看：{{summary}}它不能继续训练。',
    loadedGraph: '已加载 {{file}}（{{params}} 个参数）。{{note}}',
    loadedWithSettings: '已加载 {{file}} 及其本工具设置。',
    loadedBadSettings:
      '已加载 {{file}}，但其中的本工具设置不可用（{{problem}}），因此它可以在这里预测和评估，但不能继续训练。',
    loadedNoSettings:
      '已加载 {{file}}（{{params}} 个参数）。它不带本工具的设置，因此可以在这里预测和评估，但不能继续训练。',
    stopToEvaluate: '请先停止训练，再进行评估。',
    notANumber: '“{{text}}”不是数字。',
    wrongCount_other:
      '此模型每个输入需要 {{count}} 个值（形状 [{{shape}}]），实际得到 {{got}} 个。',
  },
  nonFinite: {
    single: '有 1 个权重含有 NaN 或无穷大的值：{{list}}。',
    several: '有 {{count}} 个权重含有 NaN 或无穷大的值：{{list}}。',
    item: '{{name}}（{{of}} 个值中有 {{bad}} 个）',
    more: '{{named}} 等，另有 {{more}} 个',
  },
  name: {
    empty: '请为模型命名。',
    tooLong: '名称最多 {{max}} 个字符。',
    control: '名称不能包含控制字符。',
  },
  storageFault: {
    message: '{{happened}}{{advice}}',
    happened: {
      quota: '浏览器为本网站提供的存储空间已满。',
      refused: '浏览器拒绝了存储（是否为隐私窗口，或禁用了网站数据？）。',
      absent: '此浏览器没有为本页面提供存储（IndexedDB 不可用）。',
      blocked: '本工具的另一个标签页以旧版本占用着存储：请关闭或重新加载其他标签页。',
      version: '另一个标签页已将存储升级到本工具的新版本：请重新加载此页面。',
      broken: '浏览器的存储自身出错（其文件可能已损坏）：请重启浏览器后重试。',
      other: '写入浏览器存储失败。',
    },
    advice: {
      save: {
        quota: '模型仍在这里：可以将它下载为 .zip，或删除已保存的模型或运行记录腾出空间后再保存。',
        all: '模型仍在这里：可以将它下载为 .zip。',
      },
      library: {
        quota: '请删除已保存的模型或运行记录以腾出空间。',
        all: '在此之前无法读取或修改已保存的模型；训练好的模型仍可下载为 .zip。',
      },
      runs: {
        quota: '在删除旧的运行记录或已保存的模型之前，运行记录只保留在此标签页中。',
        all: '运行记录只保留在此标签页中：关闭标签页后就会丢失。',
      },
    },
  },
  uploadCheck: {
    none: '没有选择文件。',
    tooBig: '这些文件共 {{total}} 字节；这里的模型最多 {{max}} 字节。',
    both: '请单独上传一个 .zip 包，或上传 model.json 及其权重文件，不要同时上传两者。',
    noJson: '请同时选择 model.json 和它的权重文件（例如 weights.bin），或选择一个 .zip 包。',
    manyJson: '请只选择一个 model.json；实际选了 {{count}} 个 .json 文件（{{names}}）。',
    optimizerHalf: '优化器状态需要 {{json}} 和 {{bin}} 两个文件；只有 {{have}}。',
    notBundle: '{{zip}} 中没有 {{model}}，它不是模型包。',
    noModelJson: '文件中没有 {{model}}。',
  },
};

export default messages;
