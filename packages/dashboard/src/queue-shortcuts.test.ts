import { describe, expect, it } from 'vitest';
import { moveSelection, queueActionForKey } from './queue-shortcuts.js';

const press = (key: string, extra: Partial<Parameters<typeof queueActionForKey>[0]> = {}) =>
  queueActionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, inEditableField: false, ...extra });

describe('approval queue shortcuts (issue 3: j/k move, a approve, r reject, e edit, ? help)', () => {
  it('maps each documented key to its action', () => {
    expect(['j', 'k', 'a', 'r', 'e', '?'].map((key) => press(key))).toEqual([
      'next',
      'previous',
      'approve',
      'reject',
      'edit',
      'help',
    ]);
  });

  it('ignores keys typed into a form field, so a rejection reason can contain "a"', () => {
    expect(press('a', { inEditableField: true })).toBeNull();
  });

  it('leaves modified keys to the browser (Ctrl+R reloads, Cmd+A selects)', () => {
    expect(press('r', { ctrlKey: true })).toBeNull();
    expect(press('a', { metaKey: true })).toBeNull();
    expect(press('j', { altKey: true })).toBeNull();
  });

  it('ignores other keys and upper-case letters', () => {
    expect(press('x')).toBeNull();
    expect(press('A')).toBeNull();
  });
});

describe('moveSelection', () => {
  it('moves within the list and clamps at both ends', () => {
    expect(moveSelection(0, 3, 1)).toBe(1);
    expect(moveSelection(2, 3, 1)).toBe(2);
    expect(moveSelection(0, 3, -1)).toBe(0);
  });

  it('returns -1 for an empty list', () => {
    expect(moveSelection(0, 0, 1)).toBe(-1);
  });
});
