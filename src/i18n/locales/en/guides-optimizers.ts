/** The English words of the optimizer comparison recipe. */
const optimizers = {
  optimizers: {
    title: 'SGD vs momentum vs Adam',
    summary:
      'The moons and one ReLU network, trained three times for ten epochs: only the optimizer changes, each at the learning rate tuned for it.',
    steps: {
      sgd: {
        title: 'Press Train with plain SGD.',
        detail:
          'Every step moves the weights straight down the current batch’s gradient, by learning rate × gradient. Note how fast the loss falls.',
      },
      momentum: {
        title:
          'Pick “SGD with momentum” as the optimizer, then press Train new model (beside Reset).',
        detail:
          'In the Train panel, open “Optimizer: SGD, …” and choose it in the Optimizer menu (its tuned learning rate comes with it). Train new model makes each run start from the same fresh weights. Momentum keeps a running sum of past gradients, so steps in a steady direction grow and zig-zags cancel.',
      },
      adam: {
        title: 'Pick Adam, then press Train new model for a third run.',
        detail:
          'Adam scales every weight’s step by how large its recent gradients were, so each weight gets a step size of its own.',
      },
      compare: {
        title: 'Compare the three runs in the Runs panel.',
        detail:
          'Each run is ticked for comparison as it ends, so the three loss curves already share the chart under the runs table; untick one to hide it. Which reached a low loss first?',
      },
    },
  },
} as const;

export default optimizers;
