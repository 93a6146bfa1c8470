export { createInstantlyClient } from './create-instantly-client.js';
export {
  instantlyDefaultBaseUrl,
  type InstantlyClient,
  type InstantlyClientSettings,
  type InstantlyEmailQuery,
  type InstantlyLeadInput,
} from './instantly-client.js';
export { createInstantlyTransport, type InstantlyTransportSettings } from './create-instantly-transport.js';
export type { InstantlyCampaignInput, InstantlySchedule } from './build-campaign-body.js';
export type { InstantlyPage } from './collect-instantly-pages.js';
export { instantlyCaioTemplate, instantlyCaioVariables } from './instantly-caio-template.js';
export { instantlyHttpError } from './instantly-error-mapper.js';
export {
  instantlyCampaignStatus,
  type InstantlyCampaign,
  type InstantlyEmail,
  type InstantlyLead,
} from './instantly-schemas.js';
export type { InstantlyResilientCall } from './resilient-call-like.js';
