/** English messages of training: settings checks, the range test's findings, blockers and store notices (part of the "training" namespace). */
const trainingMessages = {
  setting: {
    int: '{{label}} must be a whole number from {{min}} to {{max}}.',
    float: '{{label}} must be a number from {{min}} to {{max}}.',
    above: 'above {{value}}',
    below: 'below {{value}}',
    choice: '{{label}} must be one of {{options}}.',
    separator: ', ',
    bool: '{{label}} must be on or off.',
  },
  problems: {
    clipThreshold: 'The clipping threshold must be above 0.',
    lrNumber: 'Learning rate must be a number.',
    lrMin: 'Learning rate must be at least {{min}}.',
    lrMax: 'Learning rate must be at most {{max}}.',
    huberDelta: 'Huber δ must be above 0.',
    batchNumber: 'Batch size must be a number.',
    batchInt: 'Batch size must be a whole number.',
    batchMin: 'Batch size must be at least 1.',
    batchMax: 'Batch size must be at most {{max}}.',
    epochsNumber: 'Epochs must be a number.',
    epochsInt: 'Epochs must be a whole number.',
    epochsMin: 'Train for at least 1 epoch.',
    epochsMax: 'At most {{max}} epochs per run.',
    seedNumber: 'Seed must be a number.',
    seedInt: 'Seed must be a whole number.',
    seedMin: 'Seed cannot be negative.',
    stepInt: 'Step size must be a whole number of epochs.',
    stepMin: 'Step size must be at least 1 epoch.',
    factorMin: 'Factor must be above 0.',
    factorMax: 'Factor must be below 1.',
    decayMin: 'Decay rate must be above 0.',
    decayMax: 'Decay rate must be at most 1.',
    patienceInt: 'Patience must be a whole number.',
    patienceMin: 'Patience must be at least 1 epoch.',
    minRate: 'Minimum rate cannot be negative.',
    minDelta: 'Minimum improvement cannot be negative.',
    startNumber: 'The start rate must be a number.',
    startMin: 'The start rate must be at least {{min}}.',
    startMax: 'The start rate must be at most {{max}}.',
    endNumber: 'The end rate must be a number.',
    endMin: 'The end rate must be at least {{min}}.',
    endMax: 'The end rate must be at most {{max}}.',
    stepsNumber: 'The number of batches must be a number.',
    stepsInt: 'The number of batches must be a whole number.',
    stepsMin: 'Run at least {{min}} batches.',
    stepsMax: 'Run at most {{max}} batches.',
    endAboveStart: 'The end rate must be at least 10 times the start rate.',
  },
  range: {
    neverFell:
      'The loss never fell by {{percent}} % or more, so there is no suggestion: the model may already be trained, or the range may start too high.',
    steepest: 'the loss falls fastest here',
    lowestAtStart:
      'The loss was lowest at the very start of the range and did not fall along it, so there is no suggestion: the model may already be trained (Reset gives fresh weights), or the range may start too high.',
    minLoss:
      'a tenth of the rate where the loss was lowest (it fell too briefly to measure its slope)',
    ranAll: 'Ran all {{batches}} batches, up to {{rate}}.',
    roseAt:
      'Stopped after {{batches}} batches at {{rate}}: the loss rose past {{factor}}× its lowest.',
    rose: 'Stopped after {{batches}} batches: the loss rose past {{factor}}× its lowest.',
    nonFiniteAt:
      'Stopped after {{batches}} batches at {{rate}}: the loss was no longer a finite number.',
    nonFinite: 'Stopped after {{batches}} batches: the loss was no longer a finite number.',
  },
  blockers: {
    engineNotReady: 'The engine is not ready.',
    finderRunning: 'The learning-rate test is running: wait for it, or cancel it.',
    loadedNonFinite:
      'The loaded model cannot be trained further: {{summary}} Change the network or the data to train a new one.',
  },
  notices: {
    stopBeforeFinder: 'Stop training before finding a learning rate.',
    finderBlocked: 'The test can’t run yet: {{reason}}',
    finderCancelled: 'Cancelled: the learning rate is unchanged.',
    stopBeforeSetup: 'Stop training before changing the whole setup.',
    stoppedAfter: 'Stopped after epoch {{epoch}}.',
  },
} as const;

export default trainingMessages;
