/** The English words of the two learning-rate recipes. */
const learningRate = {
  lrTooHigh: {
    title: 'The learning rate is too high',
    summary:
      'Plain SGD at a learning rate of 5 on the circle: each step overshoots, and the network stops learning.',
    steps: {
      trainHigh: {
        title: 'Press Train at learning rate 5.',
        detail:
          'Watch the loss chart: the loss jumps far above where it started, then stays flat, and accuracy sits near 50 %. Each step is so long that it jumps over the valley instead of down into it, and the ReLU units it pushes too far never come back.',
      },
      lower: {
        title: 'Lower the learning rate to 0.1 or less.',
        detail:
          'Type it into the Learning rate field of the Train panel. 0.1 is the rate the ReLU MLP preset uses with SGD.',
      },
      trainFixed: {
        title: 'Press Train new model (beside Reset): reach 85 % validation accuracy.',
        detail:
          'Train new model throws the broken weights away and starts from fresh ones (Continue training would carry on from the broken ones). This time the loss falls smoothly from the first epoch. The line under the Results charts sets it against the first run; the Runs panel shows both curves: same network, same data, only the step size changed.',
      },
    },
  },
  lrTooLow: {
    title: 'The learning rate is too low',
    summary: 'Adam at a learning rate of 0.00001: twenty epochs go by and the loss barely moves.',
    steps: {
      trainLow: {
        title: 'Press Train at learning rate 0.00001.',
        detail:
          'Watch the loss chart: an almost flat line, and the decision boundary hardly changes. Nothing is wrong with the network; the steps are just tiny.',
      },
      raise: {
        title: 'Raise the learning rate to 0.01.',
        detail:
          'That is the rate the ReLU MLP preset uses with Adam. Anything from 0.005 up ticks this step.',
      },
      trainRaised: {
        title: 'Press Train new model (beside Reset): reach 90 % validation accuracy.',
        detail:
          'Train new model starts from fresh weights, as the first run did. Same number of epochs, but now the loss drops in the first few. The line under the Results charts says what the higher rate did; in the Runs panel the two runs differ only in their learning rate.',
      },
    },
  },
} as const;

export default learningRate;
