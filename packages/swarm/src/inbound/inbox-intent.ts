import { CaioError } from '../domain/errors.js';
import { intentPrecedence } from '../threading/index.js';

/** Every intent a reply in the inbox can carry: the ten SPEC §6 intents in precedence order, then `other`. */
export const inboxIntents = [...intentPrecedence, 'other'] as const;

/** One of {@link inboxIntents}. */
export type InboxIntent = (typeof inboxIntents)[number];

/** True when `value` names one of {@link inboxIntents}. */
export function isInboxIntent(value: string): value is InboxIntent {
  return (inboxIntents as readonly string[]).includes(value);
}

/**
 * Checks an intent typed by a human (`caio inbox --intent`, an override) against SPEC §6.
 * @throws CaioError `input_invalid` listing the accepted names.
 */
export function parseInboxIntent(value: string): InboxIntent {
  const intent = value.trim().toLowerCase();
  if (!isInboxIntent(intent)) {
    throw new CaioError('input_invalid', `Unknown intent "${value}". Use one of: ${inboxIntents.join(', ')}.`);
  }
  return intent;
}
