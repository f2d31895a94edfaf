/** The Simplified Chinese words of the "engine" namespace: the same keys as the English. */
import type en from '../en/engine';
import type { Translated } from '../../types';
import engineModels from './engine-models';

const engine: Translated<typeof en> = {
  ...engineModels,
  backends: {
    webgl: 'WebGL',
    wasm: 'WASM',
    cpu: 'CPU',
    webgpu: 'WebGPU（实验性）',
  },
  backend: {
    autoAtStart: 'Auto：训练开始时再选择',
    couldNotStart: '{{backend}} 无法启动',
    fallbackAuto: '{{reason}}训练开始时，Auto 会在 WASM 和 CPU 之间选择。',
    fallbackCpu: '{{reason}}训练将在 CPU 上运行，速度会慢很多。',
    timing: 'Auto：正在各个后端上计时几个训练批次…',
    couldNotUse: '无法使用 {{target}}（{{error}}），继续使用 {{from}}。',
    noWebgl2: '当前环境不支持 WebGL2。',
    noWasm: '当前环境不支持 WebAssembly。',
    noWebgpu: '当前环境不支持 WebGPU（没有 navigator.gpu）。',
    failedToStartBecause: '{{backend}} 后端启动失败：{{error}}',
    failedToStart: '{{backend}} 后端启动失败。',
    webgpuAdapter: 'WebGPU 适配器',
  },
  probe: {
    faster: '{{best}}：对这个有 {{params}} 个参数的网络，比 {{next}} 快 {{ratio}} 倍',
    level:
      '{{best}}：对这个有 {{params}} 个参数的网络，计时与 {{next}} 相当（相差不到 {{percent}}%）',
    levelPreferred:
      '{{best}}：对这个有 {{params}} 个参数的网络，计时与 {{next}} 相当（相差不到 {{percent}}%），而整次训练更快',
    only: '{{best}}：这里唯一能训练这个有 {{params}} 个参数的网络的后端',
    preferred:
      '{{best}}：对这个有 {{params}} 个参数的网络，计时与 {{next}} 相差不到 {{ratio}} 倍，而整次训练更快',
    none: '没有后端能训练这个网络：{{entries}}。',
    entry: '{{backend}} {{skipped}}',
    entrySeparator: '；',
    skipped: '已跳过——{{error}}',
    skippedKernel: '已跳过——无法训练{{family}}（没有 {{kernel}} 内核）',
    families: {
      conv: '卷积层',
      pool: '池化层',
      other: '这个网络',
    },
    notTried: 'Auto 不会尝试它；如需使用，请在“后端”中选择它',
    emulatedGpu:
      '未计时——这里的 WebGL 运行在 {{renderer}} 上，这是在 CPU 上模拟的 GPU，快不过 {{best}} 每批 {{ms}} 毫秒的速度；如需尝试，请在“后端”中选择它',
  },
  client: {
    workerError: '工作线程因出错而停止',
    forcedPage: '引擎被强制运行在页面上。',
    noWorkers: '不支持 Web Worker：引擎运行在页面上。',
    pinnedBy: '{{backend}} 后端由 {{by}} 指定。',
    webglOnPage:
      '此浏览器的 Web Worker 中无法使用 WebGL，因此引擎运行在页面上（训练时界面可能会卡顿）。',
    failedStart: '引擎启动失败：{{error}}',
    failedRestart: '引擎重启失败：{{error}}',
    restarting: '训练引擎已停止，正在重启…',
    serviceStopped: '服务在应答之前就停止了。',
    notOnWebgl: '引擎当前不在 WebGL 上。',
    crashInjected: '注入的故障：引擎 Worker 崩溃了。',
  },
  restart: {
    crashed: '训练引擎崩溃了（{{detail}}），已重新启动。',
    crashedAt: '训练引擎崩溃了（{{detail}}），已重新启动；运行停在第 {{epoch}} 轮。',
    unresponsive: '训练引擎停止响应，因此已重新启动。',
    unresponsiveAt: '训练引擎停止响应，因此已重新启动；运行停在第 {{epoch}} 轮。',
    lost: '模型已丢失；它的历史记录仍保留在页面上，点击“训练”会开始一个新模型。',
    snapshot: '第 {{epoch}} 轮的权重已保留：“继续训练”会从这些权重接着训练，优化器状态重新开始。',
    reloadedLibrary: '已从此浏览器的模型库重新加载之前加载的模型，与加载时完全相同。',
    reloadedFiles: '已从文件重新加载之前加载的模型，与加载时完全相同。',
  },
  outcome: {
    diverged:
      '在第 {{epoch}} 轮第 {{batch}} 个批次，损失变成了 NaN 或无穷大，因此训练已停止。可能是学习率（{{rate}}）太高，或者输入没有缩放：请降低学习率后重新训练。',
    restoredEpoch: '权重已恢复到最后一个正常状态，即第 {{epoch}} 轮结束时。',
    restoredStart: '权重已恢复到这次运行之前的状态。',
    earlyStopped: '早停：验证损失不再改善，因此训练在第 {{epoch}} 轮结束。',
    restoredBest: '权重已恢复到最佳的第 {{epoch}} 轮。',
    failed: '训练失败：{{error}}',
    failedNotMoved: '训练失败：{{error}}；模型无法迁移到 CPU（{{moveError}}）。',
    contextLost: 'WebGL 上下文丢失了',
  },
  fault: {
    contextLost: '第 {{epoch}} 轮期间 GPU 上下文丢失，因此训练已停止。',
    gpuMemory: '第 {{epoch}} 轮期间 GPU 内存不足（{{detail}}），因此训练已停止。',
    browserMemory: '第 {{epoch}} 轮期间浏览器内存不足（{{detail}}），因此训练已停止。',
    kept: '第 {{epoch}} 轮的权重和历史记录已保留，现在位于 CPU 上（优化器状态重新开始）。',
    notKept: '模型无法保留：训练将从全新的权重重新开始。',
    nextLost: '现在可以在 CPU 或 WASM 上继续，或者等 GPU 恢复后在 WebGL 上继续。',
    nextMemory: '可以在 CPU 或 WASM 上继续，或者减小批大小或网络后在 WebGL 上继续。',
    statusLost: 'WebGL 上下文丢失：模型已迁移到 CPU。',
    statusMemory: 'GPU 内存不足：模型已迁移到 CPU。',
  },
  errors: {
    busyData: '请先停止训练或学习率测试，再更改数据。',
    alreadyTraining: '训练已经在运行。',
    finderFirst: '请等待学习率测试结束（或取消它）后再训练。',
    noRunData: '引擎中没有这次运行所指定的数据；请先用 setDataset 发送数据。',
    stopBeforeRestore: '请先停止训练，再恢复权重。',
    noWeightsData: '引擎中没有训练这些权重所用的数据。',
    stopBeforeEvaluate: '请先停止训练，再进行评估。',
    noData: '引擎中没有这份数据。',
    stopBeforeSave: '请先停止训练，再保存模型。',
    noModel: '还没有已训练或已加载的模型。',
    stopBeforeLoad: '请先停止训练，再加载模型。',
    optimizerNotMoved: '优化器状态无法迁移：{{problem}}',
  },
  finder: {
    stopTraining: '请先停止训练，再查找学习率。',
    running: '学习率测试已经在运行。',
    noData: '数据尚未加载到引擎中；请稍候再试。',
    cannotTrain: '这个网络无法训练：{{problem}}',
    emptySplit: '训练集为空：请先给它分配一些样本。',
    noWeights: '这个网络没有可训练的权重，因此任何学习率都不会改变它。',
    firstBatch:
      '第一个批次的损失就不是有限数值（学习率 {{rate}}）：请检查数据和网络，或者把范围的起点调低。',
  },
};

export default engine;
