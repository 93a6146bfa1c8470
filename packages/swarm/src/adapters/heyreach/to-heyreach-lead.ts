import { CaioError } from '../../domain/errors.js';
import type { OutboundMessage } from '../../ports/outbound-transport.js';
import type { HeyReachLeadInput } from './heyreach-schemas.js';

/** The custom variable carrying our approved text; the campaign's message step must use `{message}`. */
export const heyReachMessageField = 'message';

/**
 * Canonical LinkedIn profile URL for HeyReach: `https://www.linkedin.com/in/<slug>` without query,
 * fragment or trailing slash. HeyReach silently drops leads whose URL is not https (answering
 * 0 added, 0 failed), so `http://` and bare `linkedin.com` are upgraded rather than passed on.
 *
 * @throws CaioError `input_invalid` for anything that is not a linkedin.com `/in/` profile URL.
 */
export function normaliseLinkedInProfileUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw notAProfile(raw);
  }
  const host = url.hostname.toLowerCase();
  const slug = /^\/in\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (
    !/^(https?)$/.test(url.protocol.slice(0, -1)) ||
    !(host === 'linkedin.com' || host.endsWith('.linkedin.com')) ||
    !slug
  ) {
    throw notAProfile(raw);
  }
  return `https://www.linkedin.com/in/${slug}`;
}

/**
 * The HeyReach lead for one approved LinkedIn message: the profile URL from `message.to`, the lead's
 * name, company and email, and the approved text as the custom variable {@link heyReachMessageField}.
 *
 * @throws CaioError `input_invalid` when the message is not on the `linkedin` channel or `to` is not a profile URL.
 */
export function toHeyReachLead(message: OutboundMessage): HeyReachLeadInput {
  if (message.channel !== 'linkedin') {
    throw new CaioError(
      'input_invalid',
      `HeyReach sends LinkedIn messages only; outbox ${message.outboxId} is ${message.channel}.`,
      {
        details: { field: 'channel' },
      },
    );
  }
  const { lead } = message;
  return {
    profileUrl: normaliseLinkedInProfileUrl(message.to),
    ...(lead.firstName ? { firstName: lead.firstName } : {}),
    ...(lead.lastName ? { lastName: lead.lastName } : {}),
    ...(lead.companyName ? { companyName: lead.companyName } : {}),
    ...(lead.email ? { emailAddress: lead.email } : {}),
    customUserFields: [{ name: heyReachMessageField, value: message.text }],
  };
}

function notAProfile(raw: string): CaioError {
  return new CaioError(
    'input_invalid',
    `A LinkedIn send needs a profile URL such as https://www.linkedin.com/in/ada-example; got "${raw.slice(0, 120)}".`,
    { details: { field: 'to' } },
  );
}
