/** The Simplified Chinese words of the "shell" namespace: the same keys as the English. */
import type en from '../en/shell';
import type { Translated } from '../../types';
import shortcuts from './shell-shortcuts';

const shell: Translated<typeof en> = {
  app: {
    title: '神经网络实验场',
    description: '在浏览器中构建、训练、评估和保存神经网络，通过 WebGL 在 GPU 上运行。',
  },
  panels: {
    train: '3 · 训练',
    results: '4 · 结果',
    predict: '7 · 预测',
  },
  status: {
    label: '状态',
    backend: '后端：',
    backendNone: '无',
    backendStarting: '正在启动…',
    reason: '原因',
    pinned: '已指定',
    timings: '各后端耗时',
    timing: '{{backend}}：每批次 {{ms}} ms',
    timingSkipped: '{{backend}}：{{why}}',
    gpu: 'GPU：',
    gpuNotUsed: '未使用',
    engine: '引擎：',
    modes: {
      worker: '后台线程',
      page: '页面（主线程）',
    },
    state: '状态：',
    states: {
      idle: '空闲',
      training: '训练中',
      paused: '已暂停',
      done: '已完成',
      error: '出错',
    },
  },
  theme: {
    label: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  shortcuts,
  toasts: {
    region: '通知',
    undo: '撤销',
    close: '关闭通知',
    downloaded: '已下载 {{name}}。',
  },
  update: {
    region: '应用更新',
    offer: '有新版本可用',
    offerAfterRun: '有新版本可用——可在训练停止后加载',
    deferred: '有新版本可用——将在训练停止后重新加载',
    reloading: '有新版本可用——正在加载…',
    reload: '重新加载',
    reloadAfterRun: '训练停止后重新加载',
    dontReload: '不重新加载',
  },
  share: {
    copy: '复制链接',
    status: '链接',
    copied: '链接已复制',
    manual: '请复制这个链接：',
    field: '当前设置的链接',
  },
  startup: {
    region: '打开的设置',
    restored: '已恢复你上次的设置',
    startFresh: '重新开始',
    dismiss: '关闭',
    problems: '设置中的问题',
    headings: {
      link: '此链接中的部分设置无法使用：',
      saved: '你上次的设置中有一部分无法使用：',
    },
    busy: {
      link: '链接：请先停止训练，再重新打开该链接。',
      saved: '上次的设置：请先停止训练，再重新打开该链接。',
    },
    failed: {
      link: '链接：{{error}}',
      saved: '上次的设置：{{error}}',
    },
    pinnedBy: {
      link: '分享的链接',
      saved: '你上次的设置',
    },
    chartsBeforeReload:
      '图表显示的是 {{name}}（重新加载之前）。它的模型没有保留：点击“训练”将开始训练一个新模型。',
  },
};

export default shell;
