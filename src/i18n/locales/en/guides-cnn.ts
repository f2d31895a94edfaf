/** The English words of the CNN-on-digits recipe. */
const cnn = {
  cnnDigits: {
    title: 'A CNN on digits beats an MLP',
    summary:
      '500 handwritten digits, about 300 of them to learn from, fifteen epochs each: an MLP on flattened pixels, then a small CNN.',
    steps: {
      trainMlp: {
        title: 'Press Train with the Image MLP.',
        detail:
          'It flattens each 28 × 28 image into 784 numbers: a pixel’s neighbours are just other inputs to it. Note its validation accuracy.',
      },
      pickCnn: {
        title: 'Apply the Small CNN preset.',
        detail:
          'Under “Start from:” in the Network panel. Its 3 × 3 filters slide over the image, so a stroke is recognised wherever it is. The preset brings its own learning rate and 10 epochs: set Epochs back to 15 so the race is fair.',
      },
      trainCnn: {
        title: 'Train the CNN, and beat the MLP’s validation accuracy.',
        detail:
          'Train asks whether to start a new model, since the network changed: confirm. Fewer weights than the MLP, yet more accurate: the filters are shared over the whole image. Compare the two in the Runs panel.',
      },
    },
  },
} as const;

export default cnn;
