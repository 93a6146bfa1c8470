/**
 * The custom variables CAIO writes on every Instantly lead (SPEC §3.7): the approved subject and
 * plain-text body, plus our idempotency key and outbox id so a lead found later can be matched to
 * the exact message that added it (RES-3 reconciliation).
 */
export const instantlyCaioVariables = {
  subject: 'caio_subject',
  body: 'caio_body',
  idempotencyKey: 'caio_key',
  outboxId: 'caio_outbox_id',
} as const;

/**
 * Subject and body templates for the CAIO campaign: Instantly replaces `{{name}}` with the lead's
 * custom variable, so each lead receives exactly the text a human approved. Spread into
 * `createCampaign({ ...instantlyCaioTemplate, name, sendingAccounts, schedule })`.
 */
export const instantlyCaioTemplate = {
  subject: `{{${instantlyCaioVariables.subject}}}`,
  body: `{{${instantlyCaioVariables.body}}}`,
} as const;
