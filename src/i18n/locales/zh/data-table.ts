/** 简体中文 "data" 命名空间：表格的列、预览、特征与构建报告。 */
import type en from '../en/data-table';
import type { Translated } from '../../types';

const table: Translated<typeof en> = {
  table: {
    columnsOf: '<file>{{name}}</file> 的列',
    notInUse: '（未使用）',
    label: '标签列',
    labelHelp: '网络要预测的内容。',
    unusable: '{{name}}（{{why}}）',
    task: '任务',
    onlyClasses: '文本标签只能作为类别来预测。',
    classification: '分类',
    regression: '回归',
    missing: '缺失值',
    scaling: '缩放',
    refused: '{{error}} 当前使用的数据没有改变。',
    taskHint: '{{name}} 只有 {{count}} 个不同的值：如果它们代表类别，请选择分类。',
  },
  why: { text: '自由文本', empty: '空列' },
  features: {
    legend: '特征列',
    find: '查找特征列',
    findAmong: '在 {{n}} 列中查找',
    useAll: '全部使用',
    inUse: '已使用 {{chosen}} / {{total}}',
    oneHot: '（独热编码）',
    why: '（{{why}}）',
    more: '还有 {{n}} 列未列出：在上方输入列名的一部分即可查找。',
    moreMatching: '还有 {{n}} 个匹配的列未列出：在上方输入列名的一部分即可查找。',
    noMatch: '没有与“{{query}}”匹配的列。',
  },
  preview: {
    summary: '<file>{{name}}</file>：{{rows}} 行 × {{columns}} 列，{{size}}',
    headerless: '。第一行只有数字，因此按数据读取。',
    hidden: '。预览只显示前 {{max}} 列，另有 {{n}} 列未显示。',
    notes: '读取 {{name}} 时的说明',
    firstRows: '{{name}} 的前几行',
    missing: '，缺失 {{n}} 个',
    categories_other: '{{count}} 个类别',
    over: '超过 {{max}} 个不同的值',
    allMissing: '全部缺失',
  },
  types: { numeric: '数值', categorical: '类别', text: '自由文本', empty: '空列' },
  report: {
    using_other: '使用 {{total}} 行中的 {{n}} 行，每行 {{inputs}} 个输入',
    notes: '：{{notes}}。',
    separator: '；',
    noMissing: '；没有缺失值。',
    noLabel_other: '删除了 {{n}} 行没有标签的数据',
    dropped_other: '删除了 {{n}} 行含缺失值的数据',
    filled_other: '在 {{n}} 行中填充了 {{cells}} 个缺失值',
    mapping: '类别映射',
    classes: '类别：<values>{{mapping}}</values>',
  },
  nonFinite: {
    note_other: '列“{{name}}”：{{n}} 个非有限值（非数字或无穷大），位于{{where}}，已按缺失值处理。',
    row: '第 {{rows}} 行',
    rows: '第 {{rows}} 行',
    rowsMore: '第 {{rows}} 行及另外 {{more}} 行',
    rest_other: '另有 {{n}} 列也含有非有限值。',
  },
};

export default table;
