/** Actions of the approval queue's keyboard shortcuts. */
export type QueueAction = 'next' | 'previous' | 'approve' | 'reject' | 'edit' | 'help';

/** The shortcut table, shown by the `?` help panel and used by {@link queueActionForKey}. */
export const queueShortcuts: readonly { key: string; action: QueueAction; description: string }[] = [
  { key: 'j', action: 'next', description: 'Next item' },
  { key: 'k', action: 'previous', description: 'Previous item' },
  { key: 'a', action: 'approve', description: 'Approve the selected draft' },
  { key: 'r', action: 'reject', description: 'Reject with a reason' },
  { key: 'e', action: 'edit', description: 'Edit subjects and body' },
  { key: '?', action: 'help', description: 'Show or hide this help' },
];

/** The parts of a keyboard event that decide whether it is a shortcut. */
export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when focus is in a text field, select or contenteditable: typing there is never a shortcut. */
  inEditableField: boolean;
}

/**
 * The queue action for a key press, or null. Modified keys (Ctrl/Cmd/Alt) are left to the browser so
 * copy, paste and tab switching keep working; keys typed into a form field are never shortcuts.
 */
export function queueActionForKey(event: ShortcutKeyEvent): QueueAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.inEditableField) return null;
  return queueShortcuts.find((shortcut) => shortcut.key === event.key)?.action ?? null;
}

/** The selected index after moving by `delta`, clamped to the list (−1 for an empty list). */
export function moveSelection(index: number, length: number, delta: number): number {
  if (length === 0) return -1;
  return Math.min(length - 1, Math.max(0, index + delta));
}
