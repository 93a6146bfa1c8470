export { createHeyReachClient, heyReachDefaultBaseUrl, type HeyReachClientSettings } from './create-heyreach-client.js';
export type { HeyReachClient, HeyReachLeadKey } from './heyreach-client.js';
export { createHeyReachTransport, type HeyReachTransportSettings } from './create-heyreach-transport.js';
export type { HeyReachPage } from './collect-pages.js';
export type {
  HeyReachAddLeadsResult,
  HeyReachCampaign,
  HeyReachLead,
  HeyReachLeadCampaign,
  HeyReachLeadInput,
  HeyReachLeadList,
} from './heyreach-schemas.js';
export { mapHeyReachError } from './heyreach-error-mapper.js';
export { heyReachMessageField, normaliseLinkedInProfileUrl } from './to-heyreach-lead.js';
export type { HeyReachResilientCall } from './resilient-call-like.js';
