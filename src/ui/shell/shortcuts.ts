/**
 * Every keyboard shortcut the app has, listed once for the help dialog.
 * When a component gains a key binding, it is added here too.
 */
export interface Shortcut {
  keys: string;
  action: string;
  where: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '?', action: 'Show this list of shortcuts', where: 'Anywhere outside a text field' },
  {
    keys: 'Space',
    action: 'Play or pause training',
    where: 'Anywhere outside a field, button or link',
  },
  { keys: 'Ctrl+Z / ⌘Z', action: 'Undo a network edit', where: 'Anywhere outside a text field' },
  {
    keys: 'Ctrl+Shift+Z / ⌘⇧Z, or Ctrl+Y',
    action: 'Redo a network edit',
    where: 'Anywhere outside a text field',
  },
  {
    keys: '← / →',
    action: 'Step the reading one point back or on',
    where: 'A focused chart',
  },
  {
    keys: 'Page Up / Page Down',
    action: 'Step the reading a tenth of the chart on or back',
    where: 'A focused chart',
  },
  { keys: 'Home / End', action: 'Read the first or the last point', where: 'A focused chart' },
  { keys: 'Escape', action: 'Hide the reading', where: 'A focused chart' },
  { keys: 'Enter', action: 'Save the new name', where: 'Renaming a run' },
  { keys: 'Escape', action: 'Cancel renaming', where: 'Renaming a run or a saved model' },
  { keys: 'Escape', action: 'Close the dialog', where: 'Any dialog' },
];
