import { describe, expect, it } from 'vitest';
import { historyShortcut, type KeyPress } from './history_shortcut.ts';

const press = (key: string, change: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: { tagName: 'BODY' },
  ...change,
});

describe('historyShortcut', () => {
  it('reads Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, Cmd as Ctrl', () => {
    expect(historyShortcut(press('z'))).toBe('undo');
    expect(historyShortcut(press('Z', { shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('y'))).toBe('redo');
    expect(historyShortcut(press('z', { ctrlKey: false, metaKey: true }))).toBe('undo');
  });

  it('ignores other keys and plain or Alt presses', () => {
    expect(historyShortcut(press('z', { ctrlKey: false }))).toBeNull();
    expect(historyShortcut(press('z', { altKey: true }))).toBeNull();
    expect(historyShortcut(press('x'))).toBeNull();
    expect(historyShortcut(press('y', { shiftKey: true }))).toBeNull();
  });

  it('leaves text fields their own undo, but not checkboxes, selects or buttons', () => {
    expect(historyShortcut(press('z', { target: { tagName: 'INPUT', type: 'text' } }))).toBeNull();
    expect(historyShortcut(press('z', { target: { tagName: 'TEXTAREA' } }))).toBeNull();
    expect(historyShortcut(press('z', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull();
    expect(historyShortcut(press('z', { target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe('undo');
    expect(historyShortcut(press('z', { target: { tagName: 'SELECT' } }))).toBe('undo');
    expect(historyShortcut(press('z', { target: null }))).toBe('undo');
  });
});
