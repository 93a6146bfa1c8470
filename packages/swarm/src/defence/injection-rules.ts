import type { ScreeningRule } from './screening-label.js';
import { filler, ruleWords } from './screening-vocabulary.js';

/**
 * Instruction override, role and delimiter injection, approval and limit tampering (OWASP LLM01).
 * Weights are noisy-OR probabilities over lower-cased, whitespace-collapsed text.
 */
export const injectionRules: readonly ScreeningRule[] = [
  {
    id: 'override-instructions',
    label: 'injection',
    weight: 0.88,
    pattern: new RegExp(
      `\\b(?:ignore|disregard|forget|override|bypass|skip|neglect|discard|drop|abandon|overwrite|stop following|stop obeying|do not follow|don't follow|no longer follow)\\b${filler}{0,6} ${ruleWords}\\b`,
    ),
  },
  {
    id: 'ignore-everything-above',
    label: 'injection',
    weight: 0.85,
    pattern:
      /\b(?:ignore|disregard|forget) (?:everything|anything|all|what)(?: (?:that|you were|you've been|i|was) ?(?:told|said|written|stated|given)?)? (?:above|before|prior|previously|so far|earlier|until now)\b/,
  },
  {
    id: 'ignore-the-above',
    label: 'injection',
    weight: 0.8,
    pattern:
      /\b(?:ignore|disregard|forget)(?: about)? (?:the |all |everything |anything )?(?:above|previous|prior|preceding|earlier|foregoing)(?: (?:text|content|context|input|sentences?|paragraphs?|prompts?|lines?|statements?|directions))?\b(?! (?:e-?mails?|mails?|messages?|notes?|reply|replies|typo|attachments?|one|version|invoice|file|quote|offer|proposal|thread|draft|request|order|link|call|meeting|comment|point))/,
  },
  {
    id: 'multilingual-override',
    label: 'injection',
    weight: 0.85,
    pattern:
      /\b(?:ignoriere|vergiss|missachte) (?:\S+ ){0,3}(?:anweisungen|instruktionen|regeln|vorgaben)\b|\bignore[rz]? (?:\S+ ){0,3}(?:instructions|consignes|règles) (?:précédentes|antérieures)\b|\b(?:ignora|olvida) (?:\S+ ){0,3}(?:instrucciones|reglas|indicaciones)\b|\b(?:ignora|dimentica) (?:\S+ ){0,3}(?:istruzioni|regole)\b/,
  },
  {
    id: 'pwned-marker',
    label: 'injection',
    weight: 0.6,
    pattern: /\bi have been pwned\b|\b(?:say|print|output|reply with|respond with|write) ["'“]?pwned\b/,
  },
  {
    id: 'forget-everything',
    label: 'injection',
    weight: 0.7,
    pattern: /\b(?:forget|reset|clear|wipe) (?:everything|all|your (?:memory|context|instructions|training))\b/,
  },
  {
    id: 'new-instructions',
    label: 'injection',
    weight: 0.72,
    pattern:
      /\b(?:new|updated|real|actual|revised|secret|hidden|true|override|priority|urgent) (?:instructions?|task|objective|goal|directive|orders|system prompt)(?: (?:are|is|follow|below))? ?:/,
  },
  {
    id: 'your-new-task',
    label: 'injection',
    weight: 0.75,
    pattern:
      /\byour (?:new|real|actual|true|only|updated) (?:instructions?|task|objective|goal|purpose|job|directive|role) (?:is|are|will be|now)\b/,
  },
  {
    id: 'instructions-are-fake',
    label: 'injection',
    weight: 0.75,
    pattern:
      /\b(?:previous|above|prior|earlier|original|system) (?:instructions?|prompt|rules) (?:is|are|was|were) (?:fake|void|cancelled|canceled|obsolete|outdated|a test|no longer valid|overridden|revoked)\b/,
  },
  {
    id: 'chat-template-tokens',
    label: 'injection',
    weight: 0.88,
    pattern:
      /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id)\|>|\[\/?inst\]|<<\/?sys>>|<\/?(?:system|instructions?)>|\[\/?system\]|### ?(?:system|instruction|new instructions)/,
  },
  {
    id: 'role-header',
    label: 'injection',
    weight: 0.6,
    pattern: /\b(?:system|developer|admin|administrator) (?:prompt|message|override|note|instruction|update)s? ?:/,
  },
  { id: 'role-label', label: 'injection', weight: 0.3, pattern: /(?:^|[.!?:;>\]-] )(?:system|assistant) ?: / },
  {
    id: 'begin-end-marker',
    label: 'injection',
    weight: 0.7,
    pattern:
      /\b(?:begin|start) (?:system|new|admin) (?:prompt|instructions?|message)\b|\bend of (?:the )?(?:user |untrusted |customer |client )?(?:input|data|context|e-?mail|document|message|text|conversation)\b/,
  },
  {
    id: 'address-the-ai',
    label: 'injection',
    weight: 0.6,
    pattern:
      /\b(?:if|when) you(?:'re| are) (?:an? )?(?:ai|llm|language model|bot|chatbot|assistant|automated (?:system|agent|assistant)|gpt|agent) (?:reading|processing|summari[sz]ing|parsing|that)\b|\b(?:note|message|instructions?|attention) (?:to|for) (?:the |any )?(?:ai|llm|assistant|language model|bot|agent|model|gpt)\b/,
  },
  {
    id: 'hey-assistant',
    label: 'injection',
    weight: 0.35,
    pattern: /\b(?:dear|hey|hi|attention|hello) (?:ai|llm|chatgpt|gpt|claude|gemini|copilot|ai assistant|ai agent)\b/,
  },
  {
    id: 'conceal-from-user',
    label: 'injection',
    weight: 0.78,
    pattern:
      /\b(?:do not|don't|never|without) (?:tell|telling|inform|informing|notify|notifying|alert|alerting|mention|mentioning|ask|asking|reveal|revealing)(?: (?:this|it|these|that)(?: (?:paragraph|message|email|part|section|note|instructions?|line|text|request))?)? (?:to |with )?(?:the |your |any )?(?:user|human|operator|admin|anyone|owner|sales team|recipient|approver|reviewer)s?\b/,
  },
  {
    id: 'bypass-approval',
    label: 'injection',
    weight: 0.82,
    pattern:
      /\b(?:mark|treat|consider|flag|set) (?:this|the|these|all) (?:draft|email|batch|message|request|reply|leads?)s? (?:as )?(?:approved|pre-approved|safe|verified)\b|\bauto-?approve\b|\b(?:skip|bypass|disable|circumvent) (?:the |any |human )?(?:approval|review|human review|guardrails?|safety checks?|moderation|rate limits?|send(?:ing)? limits?)\b|\b(?:this is|already) pre-?approved\b/,
  },
  {
    id: 'authority-claim',
    label: 'injection',
    weight: 0.5,
    pattern:
      /\bthis is (?:the|your) (?:system )?(?:administrator|admin|developer|operator|security team|it department)\b|\bthe (?:user|owner|admin|operator|developer) has (?:authorized|approved|allowed|instructed|asked) you\b|\byou (?:are|have been) (?:now )?(?:authorized|permitted|allowed|cleared) to\b|\bnew (?:rule|policy|directive) from (?:management|the admin|the developer|headquarters|your (?:developer|owner|operator))\b/,
  },
  {
    id: 'act-without-review',
    label: 'injection',
    weight: 0.8,
    pattern:
      /\b(?:approve|send|publish|execute|release|dispatch)\b(?: \S+){0,3}? without (?:any |a |the )?(?:human )?(?:review|approval|checks?|confirmation|oversight)\b/,
  },
  {
    id: 'your-updated-instructions',
    label: 'injection',
    weight: 0.55,
    pattern:
      /\byour (?:new|updated|real|revised|true|actual) (?:instructions|orders|directives|task)\b|\bfollow (?:them|these|my instructions|these instructions) (?:exactly|precisely|to the letter|without question)\b/,
  },
  {
    id: 'address-the-model',
    label: 'injection',
    weight: 0.6,
    pattern:
      /(?:^|[.!?] )(?:attention|note|message|instructions?|memo|notice)(?: (?:to|for))? (?:the |any |all )?(?:ai|llm|llms|language model|bot|ai agents?|ai assistants?|gpt|chatgpt|model) ?[:,!-]|(?:^|[.!?] )(?:ai|assistant|bot|agent|llm|chatgpt|claude|gpt) ?[,:] (?:you|please|now|ignore|the|from|your|do|i)\b/,
  },
  {
    id: 'output-only',
    label: 'injection',
    weight: 0.55,
    pattern:
      /\b(?:output|print|say|respond with|reply with|return|write)(?: only)? (?:the (?:word|string|text|phrase) )?["'“]?\w{2,20}["'”]? and nothing else\b/,
  },
  {
    id: 'instead-of-task',
    label: 'injection',
    weight: 0.5,
    pattern: /\binstead of (?:summari[sz]ing|classifying|answering|translating|analy[sz]ing|doing that|replying)\b/,
  },
  {
    id: 'keep-secret',
    label: 'injection',
    weight: 0.4,
    pattern: /\bkeep (?:it|this|that) (?:quiet|secret|hidden|between us|confidential from)\b/,
  },
  {
    id: 'change-limits',
    label: 'injection',
    weight: 0.65,
    pattern:
      /\b(?:change|set|raise|increase|lower|disable|remove|turn off) (?:the |your |all )?(?:daily |hourly |sending |send )?(?:limits?|caps?|kill switch|emergency stop|spam filters?|unsubscribe links?)(?: to \d)?\b/,
  },
];
