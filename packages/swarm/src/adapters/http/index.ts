export {
  createJsonHttpClient,
  type FetchLike,
  type JsonHttpClient,
  type JsonHttpClientSettings,
} from './create-json-http-client.js';
export { httpStatusError, type HttpFailure } from './http-status-error.js';
export { parseRetryAfterMs } from './parse-retry-after.js';
export { classifyVendorFailure } from './classify-vendor-failure.js';
export { fetchVendorAnswer, vendorJsonBody, type VendorAnswer } from './fetch-vendor-answer.js';
export { requireCredentials } from './require-credentials.js';
export { parseVendorAnswer, type ParsedVendorAnswer, type VendorFailure } from './parse-vendor-answer.js';
