import type { ScreeningRule } from './screening-label.js';

/**
 * Persona and "no restrictions" jailbreaks (OWASP LLM01). Weights are noisy-OR probabilities over
 * lower-cased, whitespace-collapsed text.
 */
export const jailbreakRules: readonly ScreeningRule[] = [
  {
    id: 'jailbreak-persona',
    label: 'jailbreak',
    weight: 0.82,
    pattern:
      /\b(?:do anything now|developer mode|dan mode|god mode|jailbroken|jail-broken|unrestricted (?:mode|ai|assistant)|evil (?:mode|ai|assistant|confidant)|anti-?dan|stan mode|dude mode|aim mode|unfiltered (?:mode|ai|assistant|response))\b/,
  },
  {
    id: 'act-as-unrestricted',
    label: 'jailbreak',
    weight: 0.8,
    pattern:
      /\b(?:you are now|from now on,? you(?: are| will be)?|act as|pretend (?:to be|you are|you're)|roleplay as|behave as|become|simulate)(?: an?| the| my)? (?:dan|unrestricted|unfiltered|uncensored|evil|jailbroken|amoral|rogue|malicious|free from|no longer bound|without (?:any )?(?:rules|restrictions|limits|filters|guidelines))\b/,
  },
  { id: 'jailbreak-mention', label: 'jailbreak', weight: 0.45, pattern: /\bjailbreak(?:ed|ing|s)?\b/ },
  {
    id: 'named-dan',
    label: 'jailbreak',
    weight: 0.75,
    pattern:
      /\b(?:as|is|you are|you're|known as|called|named|role of|play) dan\b|\b[a-z]{2,12},? (?:which|who) stands for\b/,
  },
  {
    id: 'you-have-no-restrictions',
    label: 'jailbreak',
    weight: 0.8,
    pattern:
      /\byou(?: are|'re| have| now have| will have| had| would have| could have)? (?:now )?(?:no longer bound by|free (?:of|from)|without|released from|broken free of|have no|no) (?:any |the |all )?(?:typical )?(?:ethical |moral |safety |content )?(?:restrictions|limitations|filters|censorship|guidelines|rules|boundaries|safeguards|guardrails|confines|shackles|limits)\b/,
  },
  {
    id: 'no-restrictions',
    label: 'jailbreak',
    weight: 0.45,
    pattern:
      /\b(?:without|with no|free of|free from|no longer (?:have|bound by|follow)) (?:any )?(?:ethical |moral |safety |content )?(?:restrictions|limitations|filters|censorship|guidelines|rules|boundaries|safeguards|guardrails)\b/,
  },
  {
    id: 'ignore-content-policy',
    label: 'jailbreak',
    weight: 0.8,
    pattern:
      /\b(?:ignore|bypass|disregard|violate|circumvent|break) (?:\S+ ){0,3}(?:content polic(?:y|ies)|safety (?:guidelines|policies|filters|rules)|usage polic(?:y|ies)|ethical guidelines|moral guidelines)\b|\b(?:you|ai|assistant|model|bot|chatbot)(?: \S+){0,3}? (?:not|never|doesn't|don't|does not|do not|no longer) (?:have to |need to |must )?(?:abide by|adhere to|obey|comply with|follow) (?:\S+ ){0,3}(?:rules|guidelines|polic(?:y|ies)|restrictions|instructions)\b/,
  },
  {
    id: 'immerse-role',
    label: 'jailbreak',
    weight: 0.6,
    pattern:
      /\bimmerse yourself\b|\brole of (?:another|an?) (?:ai|model|assistant|chatbot|character)\b|\bopposite mode\b/,
  },
  {
    id: 'you-are-now',
    label: 'jailbreak',
    weight: 0.35,
    pattern:
      /\b(?:you are now|from now on you|you will now act|stay in character|you must obey|you have no choice|you must now|pretend to be)\b/,
  },
  {
    id: 'hypothetical-bypass',
    label: 'jailbreak',
    weight: 0.5,
    pattern:
      /\b(?:hypothetically|in a fictional world|for a story|for educational purposes|in minecraft),? (?:how|explain|tell|write|describe)\b/,
  },
];
