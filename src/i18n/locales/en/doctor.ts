/** The English words of the "doctor" namespace: the training doctor's diagnoses and fixes. */
const doctor = {
  title: 'Training doctor',
  healthy: 'No problems spotted.',
  list: 'Diagnoses',
  evidence: 'Evidence',
  severity: {
    problem: 'Problem',
    warning: 'Warning',
  },
  applied: 'Applied: {{fix}}. Train again to see the effect.',
  undo: 'Undo',
  fixesFor: 'Fixes for: {{title}}',
  fix: {
    lowerRate: 'Lower the learning rate to {{rate}}',
    raiseRate: 'Raise the learning rate to {{rate}}',
    clipGradients: 'Clip gradients by norm at 1',
    leakyRelu: 'Use Leaky ReLU in the hidden layers',
    heInit: 'Use He initialisation for the ReLU layers',
    earlyStopping: 'Turn on early stopping (patience {{patience}})',
    scaleInputs: 'Standardise the inputs',
  },
  chanceLoss: {
    title: 'The loss is stuck at chance level',
    message:
      'After {{epochs}} epochs the training loss is {{loss}}, the ln {{classes}} = {{chance}} of a blind guess between {{classes}} classes: the network has learnt nothing. Usually the learning rate is too high, so the weights jump past every good setting, or the hidden units have died and pass nothing on.',
    recentLoss: 'Training loss, last 3 epochs',
    chance: 'Chance level (ln K)',
    firstLoss: 'First epoch’s loss',
    dead: 'Dead hidden units',
  },
  deadUnits: {
    title: 'Hidden units have died',
    message:
      '{{dead}} of the {{units}} units of {{layer}} output 0 for every one of {{samples}} training samples (checked after epoch {{epoch}}). A dead ReLU unit gets no gradient, so it never comes back: the network works with fewer units than it has. A learning rate too high usually pushes them there; Leaky ReLU units cannot die, and He initialisation starts ReLU units at a healthier scale.',
    inLayer: 'Dead units in {{layer}}',
    inAll: 'Dead units in all ReLU layers',
    checkedAt: 'Checked after epoch',
  },
  blewUp: {
    title: 'The loss blew up',
    message:
      'At epoch {{epoch}} the loss became NaN or infinite: the updates grew until the numbers overflowed, and training stopped there. The learning rate is most likely too high for this network and data; clipping the gradients caps how far a single step can go.',
    epoch: 'Epoch it happened',
    lastFinite: 'Last finite loss',
  },
  growing: {
    title: 'The loss is growing',
    message:
      'The training loss has climbed to {{recent}}, {{ratio}} times its lowest ({{lowest}}) and above where it started: each step overshoots and makes things worse. The learning rate is most likely too high; clipping the gradients caps how far a single step can go.',
    recentLoss: 'Training loss, last 2 epochs',
    lowest: 'Lowest training loss',
    firstLoss: 'First epoch’s loss',
  },
  flatLoss: {
    title: 'The loss has not moved',
    messageUnscaled:
      'Over {{epochs}} epochs the training loss went from {{first}} to {{recent}}: the weights hardly move. The learning rate may be too low, or the inputs are unscaled, so a step that suits one column is far too small for another.',
    message:
      'Over {{epochs}} epochs the training loss went from {{first}} to {{recent}}: the weights hardly move. The learning rate is probably too low for this network.',
    firstLoss: 'First epoch’s loss',
    recentLoss: 'Training loss, last 3 epochs',
    change: 'Change',
  },
  majorityClass: {
    title: 'It only predicts the most common class',
    message:
      'The training accuracy, {{accuracy}}%, is the share of class {{class}} in the training data ({{largest}} of {{total}} samples): the network has learnt to answer that class for everything, which the imbalance rewards. The other classes are too rare for it to bother. A gentler learning rate, and units that cannot die, often get it past this.',
    recentAccuracy: 'Training accuracy, last 3 epochs',
    share: 'Share of the largest class',
    classes: 'Classes',
  },
  overfitting: {
    title: 'The network is overfitting',
    message:
      'Since epoch {{began}} the validation loss has risen by {{rise}}% while the training loss kept falling: the network is learning the training samples by heart rather than the pattern. {{replay}}',
    stopped:
      'Early stopping with a patience of {{patience}} epochs would have stopped at epoch {{stoppedAt}} and kept the weights of epoch {{kept}}.',
    wouldKeep:
      'Early stopping with a patience of {{patience}} epochs would keep the weights of epoch {{kept}}.',
    began: 'Overfitting began at epoch',
    bestVal: 'Best validation loss (smoothed)',
    recentVal: 'Validation loss, last 3 epochs',
    kept: 'Epoch early stopping keeps',
  },
} as const;

export default doctor;
