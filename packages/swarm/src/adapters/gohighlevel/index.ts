export { createGoHighLevelClient, type GoHighLevelClientSettings } from './create-gohighlevel-client.js';
export { createGoHighLevelTransport, type GoHighLevelTransportSettings } from './create-gohighlevel-transport.js';
export type {
  GoHighLevelClient,
  GoHighLevelContactInput,
  GoHighLevelContactResult,
  GoHighLevelEmailInput,
  GoHighLevelEmailMessage,
  GoHighLevelMessage,
  GoHighLevelOpportunity,
  GoHighLevelOpportunityFilter,
  GoHighLevelPageOptions,
  GoHighLevelSentEmail,
} from './gohighlevel-client.js';
export type { GoHighLevelResilientCall } from './resilient-call-like.js';
export { goHighLevelApiVersions, goHighLevelDefaultBaseUrl } from './gohighlevel-api-versions.js';
export { goHighLevelHttpError, describeGoHighLevelErrorBody } from './gohighlevel-error-mapper.js';
export { goHighLevelMessageMarker } from './gohighlevel-message-marker.js';
