/** The English words of the spiral-depth recipe. */
const depth = {
  spiralDepth: {
    title: 'Why the spiral needs depth',
    summary:
      'One layer of four tanh units against two interleaved spiral arms, then a deeper network.',
    steps: {
      trainSmall: {
        title: 'Press Train with one small layer.',
        detail:
          'Watch the decision boundary: a few smooth bands that cut across the arms. Validation accuracy stays near chance, however long you train: four units cannot draw the curls.',
      },
      deepen: {
        title: 'Give it depth: apply the ReLU MLP preset.',
        detail:
          'Click ReLU MLP under “Start from:” in the Network panel: two ReLU layers of 32 units, trained at the same learning rate and epochs as before. Or build it yourself: at least two Dense layers, every one ReLU with 32 units or more.',
      },
      trainDeep: {
        title: 'Train the deeper network to 90 % validation accuracy.',
        detail:
          'Train asks whether to start a new model, since the network changed: confirm. Each ReLU unit adds a fold; the second layer combines the first layer’s folds into the many small regions the arms need.',
      },
    },
  },
} as const;

export default depth;
