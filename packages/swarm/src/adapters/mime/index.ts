export { createMimeMessageRenderer } from './mime-message-renderer.js';
export { createMessageId } from './create-message-id.js';
export { assertSingleLine } from './assert-single-line.js';
