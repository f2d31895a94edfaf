/** The Simplified Chinese words of the guided recipes drawer. */
import type en from '../en/guides-drawer';
import type { Translated } from '../../types';

const drawer: Translated<typeof en> = {
  drawer: {
    button: '实验指南',
    title: '实验指南',
    close: '关闭实验指南',
    intro:
      '每个实验一键配置好数据、网络和各项设置，然后带你一步步完成。应用检测到你完成某一步后，会自动勾选该步骤。',
    recipes: '实验列表',
    start: '开始',
    stopToStart: '请先停止训练，再开始实验。',
    steps: '步骤',
    complete: '实验完成：所有步骤均已完成。',
    restart: '重新开始',
    leave: '退出实验',
  },
  stepState: {
    done: '已完成',
    current: '进行中',
    pending: '待完成',
  },
  errors: {
    unknown: '没有名为“{{id}}”的实验。',
    running: '请先停止训练再开始实验：实验会替换当前的设置。',
    data: '无法构建该实验的数据：{{error}}',
  },
};

export default drawer;
