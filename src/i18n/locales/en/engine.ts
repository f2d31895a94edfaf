/** The English words of the "engine" namespace: backends, run endings, faults and the engine's errors. */
import engineModels from './engine-models';

const engine = {
  ...engineModels,
  backends: {
    webgl: 'WebGL',
    wasm: 'WASM',
    cpu: 'CPU',
    webgpu: 'WebGPU (experimental)',
  },
  backend: {
    autoAtStart: 'Auto: chosen when training starts',
    couldNotStart: '{{backend}} could not start',
    fallbackAuto: '{{reason}} Auto chooses between WASM and the CPU when training starts.',
    fallbackCpu: '{{reason}} Training runs on the CPU, which is much slower.',
    timing: 'Auto: timing a few training batches on each backend…',
    couldNotUse: '{{target}} could not be used ({{error}}); staying on {{from}}.',
    noWebgl2: 'WebGL2 is not available in this context.',
    noWasm: 'WebAssembly is not available here.',
    noWebgpu: 'WebGPU is not available here (no navigator.gpu).',
    failedToStartBecause: 'The {{backend}} backend failed to start: {{error}}',
    failedToStart: 'The {{backend}} backend failed to start.',
    webgpuAdapter: 'WebGPU adapter',
  },
  probe: {
    faster: '{{best}}: {{ratio}}× faster than {{next}} for this {{params}}-parameter network',
    level:
      '{{best}}: level with {{next}} in timing (within {{percent}}%) for this {{params}}-parameter network',
    levelPreferred:
      '{{best}}: level with {{next}} in timing (within {{percent}}%), and faster over a whole run, for this {{params}}-parameter network',
    only: '{{best}}: the only backend here that can train this {{params}}-parameter network',
    preferred:
      '{{best}}: within {{ratio}}× of {{next}} in timing, and faster over a whole run, for this {{params}}-parameter network',
    none: 'No backend can train this network: {{entries}}.',
    entry: '{{backend}} {{skipped}}',
    entrySeparator: '; ',
    skipped: 'skipped — {{error}}',
    skippedKernel: "skipped — can't train {{family}} (no {{kernel}} kernel)",
    families: {
      conv: 'convolutions',
      pool: 'pooling layers',
      other: 'this network',
    },
    notTried: 'not tried by Auto; choose it under Backend to use it',
    emulatedGpu:
      "not timed — WebGL runs on {{renderer}} here, a GPU emulated on the CPU, which can't beat {{best}}'s {{ms}} ms per batch; choose it under Backend to try it",
  },
  client: {
    workerError: 'the worker stopped with an error',
    forcedPage: 'Engine forced onto the page.',
    noWorkers: 'Web Workers are not available: the engine runs on the page.',
    pinnedBy: '{{backend}} backend chosen by {{by}}.',
    webglOnPage:
      'WebGL is not available inside a Web Worker in this browser, so the engine runs on the page (the UI may stutter while training).',
    failedStart: 'The engine failed to start: {{error}}',
    failedRestart: 'The engine failed to restart: {{error}}',
    restarting: 'The training engine stopped; restarting it…',
    serviceStopped: 'The service stopped before it answered.',
    notOnWebgl: 'The engine is not on WebGL.',
    crashInjected: 'Fault injected: the engine worker crashed.',
  },
  restart: {
    crashed: 'The training engine crashed ({{detail}}) and was restarted.',
    crashedAt:
      'The training engine crashed ({{detail}}) and was restarted; the run stopped at epoch {{epoch}}.',
    unresponsive: 'The training engine stopped responding, so it was restarted.',
    unresponsiveAt:
      'The training engine stopped responding, so it was restarted; the run stopped at epoch {{epoch}}.',
    lost: ' The model was lost; its history stays on the page, and Train starts a new model.',
    snapshot:
      ' The weights of epoch {{epoch}} are kept: Continue training goes on from them, with a fresh optimizer state.',
    reloadedLibrary:
      " The loaded model was loaded again from this browser's library, as it was when loaded.",
    reloadedFiles: ' The loaded model was loaded again from its files, as it was when loaded.',
  },
  outcome: {
    diverged:
      'The loss became NaN or infinite at epoch {{epoch}}, batch {{batch}}, so training stopped. The learning rate ({{rate}}) is probably too high, or the inputs are unscaled: lower the rate and train again. ',
    restoredEpoch:
      'The weights are back to their last good state, from the end of epoch {{epoch}}.',
    restoredStart: 'The weights are back to their state before this run.',
    earlyStopped:
      'Early stopping: the validation loss stopped improving, so training ended at epoch {{epoch}}.',
    restoredBest: ' The weights were restored to the best epoch, {{epoch}}.',
    failed: 'Training failed: {{error}}',
    failedNotMoved:
      'Training failed: {{error}}; the model could not be moved to the CPU ({{moveError}}).',
    contextLost: 'the WebGL context was lost',
  },
  fault: {
    contextLost: 'The GPU context was lost during epoch {{epoch}}, so training stopped.',
    gpuMemory:
      'The GPU ran out of memory during epoch {{epoch}} ({{detail}}), so training stopped.',
    browserMemory:
      'The browser ran out of memory during epoch {{epoch}} ({{detail}}), so training stopped.',
    kept: " The weights and history of epoch {{epoch}} are kept, now on the CPU (the optimizer's state starts afresh).",
    notKept: ' The model could not be kept: training starts again from fresh weights.',
    nextLost: ' Continue on the CPU or WASM now, or on WebGL once the GPU is back.',
    nextMemory: ' Continue on the CPU or WASM, or on WebGL with a smaller batch size or network.',
    statusLost: 'The WebGL context was lost: the model moved to the CPU.',
    statusMemory: 'The GPU ran out of memory: the model moved to the CPU.',
  },
  errors: {
    busyData: 'Stop training or the learning-rate test before changing the data.',
    alreadyTraining: 'Training is already running.',
    finderFirst: 'Wait for the learning-rate test to finish (or cancel it) before training.',
    noRunData: 'The engine does not hold the data this run names; send it with setDataset first.',
    stopBeforeRestore: 'Stop training before restoring weights.',
    noWeightsData: 'The engine does not hold the data these weights were trained on.',
    stopBeforeEvaluate: 'Stop training before evaluating.',
    noData: 'The engine does not hold that data.',
    stopBeforeSave: 'Stop training before saving the model.',
    noModel: 'There is no trained or loaded model yet.',
    stopBeforeLoad: 'Stop training before loading a model.',
    optimizerNotMoved: 'the optimizer state could not be moved: {{problem}}',
  },
  finder: {
    stopTraining: 'Stop training before finding a learning rate.',
    running: 'The learning-rate test is already running.',
    noData: 'The data is not loaded in the engine yet; wait for it and try again.',
    cannotTrain: 'This network cannot train: {{problem}}',
    emptySplit: 'The training split is empty: give it some samples first.',
    noWeights: 'This network has no trainable weights, so no learning rate changes it.',
    firstBatch:
      'The loss was not a finite number on the very first batch (at rate {{rate}}): check the data and the network, or start the range lower.',
  },
} as const;

export default engine;
