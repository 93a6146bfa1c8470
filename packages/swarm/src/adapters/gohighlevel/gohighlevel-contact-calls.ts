import { goHighLevelApiVersions } from './gohighlevel-api-versions.js';
import { requireGoHighLevelText, type GoHighLevelCaller } from './gohighlevel-caller.js';
import type { GoHighLevelClient } from './gohighlevel-client.js';
import {
  goHighLevelDuplicateContactResponseSchema,
  goHighLevelUpsertContactResponseSchema,
} from './gohighlevel-contact-schemas.js';
import { parseGoHighLevelResponse } from './parse-gohighlevel-response.js';

const version = goHighLevelApiVersions.contacts;

/** `upsertContact` (`POST /contacts/upsert`) and `findContactIdByEmail` (`GET /contacts/search/duplicate`). */
export function goHighLevelContactCalls(
  call: GoHighLevelCaller,
  locationId: string,
): Pick<GoHighLevelClient, 'upsertContact' | 'findContactIdByEmail'> {
  return {
    async upsertContact(contact, signal) {
      const body = {
        locationId,
        email: requireGoHighLevelText(contact.email, 'contact email').toLowerCase(),
        ...(contact.firstName ? { firstName: contact.firstName } : {}),
        ...(contact.lastName ? { lastName: contact.lastName } : {}),
        ...(contact.companyName ? { companyName: contact.companyName } : {}),
        source: contact.source ?? 'CAIO Swarm',
      };
      // Upsert matches on email, so repeating it cannot create a second contact: safe to retry (RES-3).
      const raw = await call({ version, method: 'POST', path: '/contacts/upsert', body }, true, signal);
      const parsed = parseGoHighLevelResponse(goHighLevelUpsertContactResponseSchema, raw, 'POST /contacts/upsert');
      return { contactId: parsed.contact.id, created: parsed.new === true };
    },
    async findContactIdByEmail(email, signal) {
      const query = { locationId, email: requireGoHighLevelText(email, 'email').toLowerCase() };
      const raw = await call({ version, method: 'GET', path: '/contacts/search/duplicate', query }, true, signal);
      const endpoint = 'GET /contacts/search/duplicate';
      return parseGoHighLevelResponse(goHighLevelDuplicateContactResponseSchema, raw, endpoint).contact?.id ?? null;
    },
  };
}
