/**
 * The `Version` header values of HighLevel API v2, per endpoint family, as the OpenAPI specs of
 * github.com/GoHighLevel/highlevel-api-docs declare them (`contacts/contacts.json` and
 * `opportunities/opportunities.json`: `2021-07-28`; `conversations/conversations.json` and
 * `calendars/calendars.json`: `2021-04-15`).
 * The header is required on every call: without it HighLevel answers 401 "version header was not
 * found." (marketplace.gohighlevel.com/docs/2021-07-28/Versioning lists the supported values).
 */
export const goHighLevelApiVersions = {
  contacts: '2021-07-28',
  opportunities: '2021-07-28',
  conversations: '2021-04-15',
  calendars: '2021-04-15',
} as const;

/** Default API host of HighLevel API v2 (LeadConnector). */
export const goHighLevelDefaultBaseUrl = 'https://services.leadconnectorhq.com';
