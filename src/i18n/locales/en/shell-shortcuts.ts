/** The English words of the keyboard shortcuts dialog (part of the "shell" namespace). */
const shortcuts = {
  button: 'Shortcuts',
  title: 'Keyboard shortcuts',
  keys: 'Keys',
  action: 'What it does',
  where: 'Where',
  places: {
    outsideText: 'Anywhere outside a text field',
    outsideControl: 'Anywhere outside a field, button or link',
    chart: 'A focused chart',
    renamingRun: 'Renaming a run',
    renaming: 'Renaming a run or a saved model',
    dialog: 'Any dialog',
  },
  list: {
    help: { keys: '?', action: 'Show this list of shortcuts' },
    play: { keys: 'Space', action: 'Play or pause training' },
    undo: { keys: 'Ctrl+Z / ⌘Z', action: 'Undo a network edit' },
    redo: { keys: 'Ctrl+Shift+Z / ⌘⇧Z, or Ctrl+Y', action: 'Redo a network edit' },
    readStep: { keys: '← / →', action: 'Step the reading one point back or on' },
    readPage: {
      keys: 'Page Up / Page Down',
      action: 'Step the reading a tenth of the chart on or back',
    },
    readEnds: { keys: 'Home / End', action: 'Read the first or the last point' },
    readHide: { keys: 'Escape', action: 'Hide the reading' },
    renameSave: { keys: 'Enter', action: 'Save the new name' },
    renameCancel: { keys: 'Escape', action: 'Cancel renaming' },
    dialogClose: { keys: 'Escape', action: 'Close the dialog' },
  },
} as const;

export default shortcuts;
