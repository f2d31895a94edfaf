/** The English words of the guided recipes drawer: its list, its steps and its messages. */
const drawer = {
  drawer: {
    button: 'Guided recipes',
    title: 'Guided recipes',
    close: 'Close guided recipes',
    intro:
      'Each recipe sets up data, a network and settings in one click, then walks you through it. Steps tick themselves when the app sees you have done them.',
    recipes: 'Recipes',
    start: 'Start',
    stopToStart: 'Stop training to start a recipe.',
    steps: 'Steps',
    complete: 'Recipe complete: every step is done.',
    restart: 'Restart',
    leave: 'Leave recipe',
  },
  stepState: {
    done: 'Done',
    current: 'Now',
    pending: 'Next',
  },
  errors: {
    unknown: 'There is no recipe "{{id}}".',
    running: 'Stop training before starting a recipe: it replaces the setup.',
    data: 'The recipe’s data could not be built: {{error}}',
  },
} as const;

export default drawer;
