/** English words of the "data" namespace: the Data panel, its plots and the boundary. */
const panel = {
  panel: { title: '1 · Data', ownData: 'Your own data' },
  synthetic: {
    samples: 'Samples',
    noise: 'Noise ({{value}})',
    noiseHelp: 'Added to the target.',
    classes: 'Classes',
    seed: 'Seed',
    regenerate: 'Regenerate',
  },
  digits: {
    samplesHelp:
      'A seeded random choice of {{min}}–{{max}} of the 10,000 digits. More trains better and slower.',
    digitLabel: 'Digit labelled {{label}}',
    sample: 'Sample digits',
    caption: '{{shown}} of the {{total}} training images, with their labels.',
  },
  split: {
    summary: 'Split: train {{train}}%, validation {{validation}}%, test {{test}}%',
    train: 'Train {{percent}}%',
    validation: 'Validation {{percent}}%',
    test: 'Test {{percent}}%',
    heldOutHelp: 'Held out: used only when you evaluate.',
  },
  counts: {
    train: 'Train',
    validation: 'Validation',
    test: 'Test',
    part: '{{part}}:',
    heldOut: 'Test {{percent}}% held out',
    table: 'Samples per class and split',
    class: 'Class',
    classN: 'Class {{n}}',
    more: '{{count}} more',
  },
  scatter: {
    classes: 'Scatter plot of {{total}} points in {{classes}} classes.',
    values: 'Scatter plot of {{total}} points coloured by {{target}}, from {{min}} to {{max}}.',
    target: 'target',
    axes: ' {{x}} across, {{y}} up.',
    drawn: ' {{n}} of them drawn, evenly sampled.',
    clickToPredict: '{{label}} Click to predict at a point.',
    activationMap: 'Activation map of layer {{layer}} unit {{unit}} over the plane.',
    boundaryClass: "Decision boundary: the model's predicted class over the plane.",
    boundaryClassDiscrete:
      "Decision boundary: the model's predicted class over the plane, discretised.",
    boundaryValue: "Decision boundary: the model's predicted value over the plane.",
    boundaryValueDiscrete:
      "Decision boundary: the model's predicted value over the plane, discretised.",
    legend: '● train ○ validation',
    legendWithTest: '● train ○ validation ■ test',
    sampled: 'Showing a sample of {{shown}} of {{total}} points.',
    plotAcross: 'Plot across',
    plotUp: 'Plot up',
  },
  boundary: {
    show: 'Show boundary',
    showTest: 'Show test points',
    discretise: 'Discretise',
    noModel: 'Train a model to see its decision boundary here.',
    computing: 'Computing the decision boundary…',
    hidden: 'Boundary hidden.',
    after: ' after epoch {{epoch}} (step {{step}})',
    during: ' in epoch {{epoch}} (step {{step}})',
    neuron:
      'Background: layer {{layer}} unit {{unit}}{{when}}, its activation over the plane (blue −{{hi}}, orange +{{hi}}).',
    output:
      "Background: the model's {{what}}{{when}}, over a {{resolution}} × {{resolution}} grid.",
    whatClass: 'predicted class, paler where the model is less sure',
    whatValue: "predicted {{target}}, on the points' colour scale",
    value: 'value',
    predictedClass: 'predicted class',
  },
  upload: {
    button: 'Upload CSV',
    help: 'or drop a file here: comma, semicolon or tab separated, a header row first, up to {{size}}.',
  },
} as const;

export default panel;
