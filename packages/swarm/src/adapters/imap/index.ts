export {
  createImapInboxReader,
  defaultMaxInboundMessageBytes,
  type ImapInboxReaderSettings,
} from './create-imap-inbox-reader.js';
export type { ImapConnectionSettings } from './create-imap-client.js';
export { createImapIdleWatcher, type ImapIdleWatcherSettings } from './create-imap-idle-watcher.js';
export { mapImapError } from './imap-error-mapper.js';
export type { ImapResilientCall } from './resilient-call-like.js';
export { toInboundEmail } from './to-inbound-email.js';
