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
          'Pick ReLU MLP in the network panel’s presets (two ReLU layers of 32 units), or add a second Dense layer yourself: at least two layers and 32 units between them.',
      },
      trainDeep: {
        title: 'Train the deeper network to 90 % validation accuracy.',
        detail:
          'Each ReLU unit adds a fold; the second layer combines the first layer’s folds into the many small regions the arms need.',
      },
    },
  },
} as const;

export default depth;
