/**
 * Every keyboard shortcut the app has, listed once for the help dialog.
 * When a component gains a key binding, it is added here too. The keys,
 * what each does and where are words of the "shell" namespace
 * (`shortcuts.list.<id>`, `shortcuts.places.<where>`).
 */
export type ShortcutId =
  | 'help'
  | 'play'
  | 'undo'
  | 'redo'
  | 'readStep'
  | 'readPage'
  | 'readEnds'
  | 'readHide'
  | 'renameSave'
  | 'renameCancel'
  | 'dialogClose';

export type ShortcutPlace =
  'outsideText' | 'outsideControl' | 'chart' | 'renamingRun' | 'renaming' | 'dialog';

export interface Shortcut {
  id: ShortcutId;
  where: ShortcutPlace;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'help', where: 'outsideText' },
  { id: 'play', where: 'outsideControl' },
  { id: 'undo', where: 'outsideText' },
  { id: 'redo', where: 'outsideText' },
  { id: 'readStep', where: 'chart' },
  { id: 'readPage', where: 'chart' },
  { id: 'readEnds', where: 'chart' },
  { id: 'readHide', where: 'chart' },
  { id: 'renameSave', where: 'renamingRun' },
  { id: 'renameCancel', where: 'renaming' },
  { id: 'dialogClose', where: 'dialog' },
];
