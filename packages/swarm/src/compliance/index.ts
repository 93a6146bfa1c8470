export { createUnsubscribeToken, verifyUnsubscribeToken, unsubscribeUrl } from './unsubscribe-token.js';
export type { UnsubscribeTokenCheck } from './unsubscribe-token.js';
