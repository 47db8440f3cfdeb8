/** The parts of a keydown event the shortcut reads, so tests need no DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The focused element: text fields keep their own undo. */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'email', 'password', 'tel', 'url', '']);

function inTextField(target: KeyPress['target']): boolean {
  if (target === null) return false;
  if (target.isContentEditable === true) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((target.type ?? '').toLowerCase());
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac), except while typing in a text field.
 * @example historyShortcut({ key: 'z', ctrlKey: true, ... }) === 'undo'
 */
export function historyShortcut(e: KeyPress): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
