export { createSlackChatNotifier, type SlackChatNotifierSettings } from './create-slack-chat-notifier.js';
export type { SlackResilientCall } from './resilient-call-like.js';
export { slackApiError } from './slack-error-mapper.js';
