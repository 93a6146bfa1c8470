import { readFileSync } from 'node:fs';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

export interface FakeContact {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
}

export interface FakeMessage {
  id: string;
  emailMessageId: string;
  conversationId: string;
  contactId: string;
  subject: string;
  html: string;
  text: string;
  emailFrom: string | null;
  dateAdded: string;
  direction: 'outbound' | 'inbound';
}

/** A seeded opportunity; `createdAt` (ISO) orders the search results. */
export interface FakeOpportunity {
  id: string;
  name: string;
  contactId: string;
  pipelineId: string;
  pipelineStageId: string;
  status: 'open' | 'won' | 'lost' | 'abandoned';
  createdAt: string;
  lastStageChangeAt?: string;
}

/**
 * The in-memory records of the fake: contacts unique by lower-case email (HighLevel's default
 * "Allow Duplicate Contact" off), one conversation per contact, messages newest last, and the
 * seeded opportunities. Ids are 20 characters like HighLevel's; timestamps tick one second per record.
 */
export function createFakeGoHighLevelState(locationId: string, opportunities: readonly FakeOpportunity[]) {
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${String((counter += 1)).padStart(20 - prefix.length, '0')}`;
  const nextDate = () => new Date(Date.parse('2026-01-05T09:00:00Z') + counter * 1_000).toISOString();
  const contacts = new Map<string, FakeContact>();
  const conversations = new Map<string, string>();
  const messages: FakeMessage[] = [];
  const deals = opportunities.map((opportunity) => ({ ...opportunity }));
  return {
    contacts,
    conversations,
    messages,
    opportunities: deals,
    upsertContact(input: Omit<FakeContact, 'id'>) {
      const key = input.email.toLowerCase();
      const existing = contacts.get(key);
      const contact = { ...existing, ...input, email: key, id: existing?.id ?? nextId('ct') };
      contacts.set(key, contact);
      const body = fixture('contact-upsert.json');
      return {
        ...body,
        new: existing === undefined,
        contact: { ...(body['contact'] as object), ...contact, locationId },
      };
    },
    contactById: (id: string) => [...contacts.values()].find((contact) => contact.id === id),
    conversationOf(contactId: string): string {
      const existing = conversations.get(contactId);
      if (existing) return existing;
      const created = nextId('cv');
      conversations.set(contactId, created);
      return created;
    },
    addMessage(input: Omit<FakeMessage, 'id' | 'emailMessageId' | 'dateAdded'>): FakeMessage {
      const message = { ...input, id: nextId('ms'), emailMessageId: nextId('em'), dateAdded: nextDate() };
      messages.push(message);
      return message;
    },
    toOpportunityBody(opportunity: FakeOpportunity) {
      return { ...fixture('opportunity.json'), ...opportunity, locationId, updatedAt: opportunity.createdAt };
    },
    now: nextDate,
  };
}

export type FakeGoHighLevelState = ReturnType<typeof createFakeGoHighLevelState>;
