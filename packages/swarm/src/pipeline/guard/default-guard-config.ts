import type { GuardConfig } from './guard-types.js';

/**
 * GUARD-004 default banned openers (SPEC §3.5: at least 10, configurable). The seed's reviewers
 * rejected drafts that opened with these; they signal a template, not a person.
 */
export const defaultBannedOpeners: readonly string[] = [
  'I hope this email finds you well',
  'I hope this finds you well',
  "Hope you're doing well",
  'Hope you are doing well',
  'I hope you are having a great week',
  "I hope you're having a great week",
  'My name is',
  'I wanted to reach out',
  "I'm reaching out",
  'I am reaching out',
  'Just following up',
  'Just checking in',
  'I came across your profile',
  'Quick question',
  'Touching base',
  'Allow me to introduce',
  "I know you're busy",
  'I know you are busy',
];

/** GUARD-005 default generic "AI-sounding" phrases (configurable). */
export const defaultGenericPhrases: readonly string[] = [
  "in today's fast-paced",
  'fast-paced world',
  'ever-evolving',
  'ever-changing landscape',
  'digital landscape',
  'game-changer',
  'game changer',
  'cutting-edge',
  'unlock the power',
  'unlock the full potential',
  'harness the power',
  'leverage synergies',
  'delve into',
  'seamless',
  'seamlessly',
  'revolutionize',
  'revolutionise',
  'take it to the next level',
  'take your business to the next level',
  'elevate your',
  'streamline your operations',
  'navigate the complexities',
  'in the realm of',
  'robust solution',
  'paradigm shift',
  'best-in-class',
  'holistic approach',
  'empower your team',
  'transformative',
  'drive meaningful results',
  'i hope this helps',
  'look no further',
];

/** SPEC §3.5 defaults: hard mode, max 3 rejections, 30-day memory, 40% share, 2 evidence items. */
export const defaultGuardConfig: GuardConfig = {
  mode: 'hard',
  maxRejections: 3,
  rejectionMemoryDays: 30,
  bannedOpeners: defaultBannedOpeners,
  genericPhrases: defaultGenericPhrases,
  genericPhraseShare: 0.4,
  minEvidence: 2,
};
