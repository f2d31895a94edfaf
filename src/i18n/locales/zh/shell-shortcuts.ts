/** The Simplified Chinese words of the keyboard shortcuts dialog: the same keys as the English. */
import type en from '../en/shell-shortcuts';
import type { Translated } from '../../types';

const shortcuts: Translated<typeof en> = {
  button: '快捷键',
  title: '键盘快捷键',
  keys: '按键',
  action: '作用',
  where: '适用范围',
  places: {
    outsideText: '文本框以外的任何位置',
    outsideControl: '输入框、按钮和链接以外的任何位置',
    chart: '获得焦点的图表',
    renamingRun: '重命名运行记录时',
    renaming: '重命名运行记录或已保存的模型时',
    dialog: '任何对话框',
  },
  list: {
    help: { keys: '?', action: '显示这份快捷键列表' },
    play: { keys: '空格键', action: '开始或暂停训练' },
    undo: { keys: 'Ctrl+Z / ⌘Z', action: '撤销对网络的修改' },
    redo: { keys: 'Ctrl+Shift+Z / ⌘⇧Z 或 Ctrl+Y', action: '重做对网络的修改' },
    readStep: { keys: '← / →', action: '读数后退或前进一个点' },
    readPage: { keys: 'Page Up / Page Down', action: '读数前进或后退图表宽度的十分之一' },
    readEnds: { keys: 'Home / End', action: '读取第一个或最后一个点' },
    readHide: { keys: 'Escape', action: '隐藏读数' },
    renameSave: { keys: 'Enter', action: '保存新名称' },
    renameCancel: { keys: 'Escape', action: '取消重命名' },
    dialogClose: { keys: 'Escape', action: '关闭对话框' },
  },
};

export default shortcuts;
