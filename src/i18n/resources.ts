/**
 * Every namespace in every language, gathered for i18next. A namespace is
 * one area of the app; its English file holds the keys and the words.
 */
import enCharts from './locales/en/charts';
import enCommon from './locales/en/common';
import enData from './locales/en/data';
import enDoctor from './locales/en/doctor';
import enEngine from './locales/en/engine';
import enEvaluate from './locales/en/evaluate';
import enGuides from './locales/en/guides';
import enInside from './locales/en/inside';
import enModels from './locales/en/models';
import enNetwork from './locales/en/network';
import enPredict from './locales/en/predict';
import enRuns from './locales/en/runs';
import enShell from './locales/en/shell';
import enTraining from './locales/en/training';
import zhCharts from './locales/zh/charts';
import zhCommon from './locales/zh/common';
import zhData from './locales/zh/data';
import zhDoctor from './locales/zh/doctor';
import zhEngine from './locales/zh/engine';
import zhEvaluate from './locales/zh/evaluate';
import zhGuides from './locales/zh/guides';
import zhInside from './locales/zh/inside';
import zhModels from './locales/zh/models';
import zhNetwork from './locales/zh/network';
import zhPredict from './locales/zh/predict';
import zhRuns from './locales/zh/runs';
import zhShell from './locales/zh/shell';
import zhTraining from './locales/zh/training';

export const en = {
  common: enCommon,
  shell: enShell,
  data: enData,
  network: enNetwork,
  training: enTraining,
  engine: enEngine,
  charts: enCharts,
  doctor: enDoctor,
  inside: enInside,
  evaluate: enEvaluate,
  predict: enPredict,
  models: enModels,
  runs: enRuns,
  guides: enGuides,
} as const;

export type Namespace = keyof typeof en;

export const zh = {
  common: zhCommon,
  shell: zhShell,
  data: zhData,
  network: zhNetwork,
  training: zhTraining,
  engine: zhEngine,
  charts: zhCharts,
  doctor: zhDoctor,
  inside: zhInside,
  evaluate: zhEvaluate,
  predict: zhPredict,
  models: zhModels,
  runs: zhRuns,
  guides: zhGuides,
} satisfies Record<Namespace, unknown>;

export const NAMESPACES = Object.keys(en) as Namespace[];
