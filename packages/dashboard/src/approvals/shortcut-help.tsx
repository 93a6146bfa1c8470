import { queueShortcuts } from '../queue-shortcuts.js';

/** The `?` panel listing the approval queue's keyboard shortcuts. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <aside className="panel shortcut-help" aria-label="Keyboard shortcuts">
      <h3>Keyboard shortcuts</h3>
      <dl>
        {queueShortcuts.map((shortcut) => (
          <div key={shortcut.key}>
            <dt>
              <kbd>{shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>Close a form or this help</dd>
        </div>
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
