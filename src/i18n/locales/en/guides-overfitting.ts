/** The English words of the overfitting recipe. */
const overfitting = {
  overfitting: {
    title: 'Overfitting, and how dropout, L2 or early stopping help',
    summary:
      'Thirty noisy moon points and two layers of 64 units: enough capacity to memorise the training set.',
    steps: {
      trainBig: {
        title: 'Press Train and watch the gap open.',
        detail:
          'In the loss chart the training loss keeps falling towards zero while the validation loss falls for a while, then climbs: the network is fitting the noise of its 30 training points, and that does not carry over to new ones.',
      },
      remedy: {
        title: 'Add one remedy.',
        detail:
          'Any of: a Dropout layer (rate 0.3 to 0.5) after each Dense layer; L2 regularisation on each Dense layer (set its Regularizer to L2 and its Reg. rate to 0.01); or early stopping: in the Train panel open “Ending early” and tick “Stop when the validation loss stops improving”; it keeps the best weights.',
      },
      trainRemedy: {
        title: 'Press Train new model (beside Reset) to train again with the remedy.',
        detail:
          'Train new model starts from fresh weights, so the runs compare fairly. The validation loss should end lower than the first run’s: the gap between the two curves stays narrower.',
      },
      compare: {
        title: 'Compare the two runs in the Runs panel.',
        detail:
          'Each run is ticked for comparison as it ends, so both curves are already drawn together under the runs table, and the table lists what differs between them.',
      },
    },
  },
} as const;

export default overfitting;
