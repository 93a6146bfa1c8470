export { craftFirstTouch } from './craft-first-touch.js';
export { craftFollowUp } from './craft-follow-up.js';
export { chooseAngle, stableHash } from './choose-angle.js';
export { draftFingerprint, normaliseDraftText, bodyWithoutFooter, footerDelimiter } from './draft-fingerprint.js';
export { composeClosing, defaultSignature } from './compose-closing.js';
export { collectFacts, type CraftFacts } from './collect-facts.js';
export { buildTemplateContext, type TemplateContext } from './template-context.js';
export type {
  CraftFirstTouchInput,
  CraftFollowUpInput,
  CraftLead,
  SenderIdentity,
  PreviouslyRejected,
} from './craft-input.js';
