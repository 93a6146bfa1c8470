import type { ScreeningRule } from './screening-label.js';
import { secretNouns, notNegated, dataNouns } from './screening-vocabulary.js';

/**
 * System-prompt leakage and data exfiltration, including markdown-image beacons and recipient changes
 * (OWASP LLM02, LLM07). Weights are noisy-OR probabilities over lower-cased, whitespace-collapsed
 * text.
 */
export const exfiltrationRules: readonly ScreeningRule[] = [
  {
    id: 'change-recipient',
    label: 'exfiltration',
    weight: 0.7,
    pattern:
      /\b(?:add|include|put|insert) (?:\S+ ){0,3}(?:as|in|on|to) (?:a |the )?(?:bcc|hidden recipient)\b|\bbcc (?:\S+ ){0,3}on (?:all|every|each) (?:future |outgoing )?(?:emails?|messages?|replies)\b|\b(?:change|replace|update|set|switch) (?:the )?(?:recipient|reply-to|to|from|sender|cc|bcc)(?:s| address(?:es)?| field| email)? (?:to|with)\b|\b(?:change|update|modify|edit|expand)\b(?: \S+){0,3}? (?:attendees?|recipients?|guests?|invitees?|cc list|distribution list)(?: list)? to (?:include|add)\b/,
  },
  {
    id: 'reveal-system-prompt',
    label: 'exfiltration',
    weight: 0.88,
    pattern:
      /\b(?:reveal|show|print|output|repeat|display|tell me|give me|share|leak|dump|list|write out|recite|disclose|return|echo|translate|summari[sz]e|what (?:is|are|were|was))\b(?: \S+){0,6}? (?:(?:system|initial|hidden|original|secret|internal|developer|confidential) (?:prompt|instructions|message|rules)|(?:the )?instructions you (?:were given|received|have)|your (?:instructions|prompt|rules|guidelines|directives|configuration)|the (?:prompt|text|instructions|words|lines) above|everything above|your canary|(?:written|said|stated) (?:above|before this)|the beginning of (?:this|the|your) (?:prompt|conversation|instructions|context))\b/,
  },
  {
    id: 'system-prompt-mention',
    label: 'exfiltration',
    weight: 0.45,
    pattern: /\b(?:system prompt|initial prompt|hidden instructions|prompt injection)\b/,
  },
  {
    id: 'send-secrets',
    label: 'exfiltration',
    weight: 0.82,
    pattern: new RegExp(
      `${notNegated}\\b(?:send|give|tell|reveal|share|provide|paste|post|email|e-mail|print|show|output|leak|expose|dump|forward|include|list|type out|read out|reply|respond)\\b(?: \\S+){0,4}? (?:your |the |all |any |our |its )?${secretNouns}\\b`,
    ),
  },
  {
    id: 'send-data-to-address',
    label: 'exfiltration',
    weight: 0.9,
    pattern: new RegExp(
      `${notNegated}\\b(?:send|forward|email|e-mail|mail|post|upload|transmit|exfiltrate|leak|export|copy|share|dump|sync|push|submit)\\b(?: \\S+){0,5}? ${dataNouns}\\b(?: \\S+){0,6}? (?:to|at|into|via|on) (?:https?:\\/\\/|www\\.|\\S+@\\S+\\.|this (?:address|url|email|endpoint|webhook|server)|the following|my (?:server|endpoint|webhook|site|address)|\\S+\\.(?:com|net|org|io|ru|xyz|test|example)\\b)`,
    ),
  },
  {
    id: 'attach-bulk-data',
    label: 'exfiltration',
    weight: 0.75,
    pattern: new RegExp(
      `${notNegated}\\b(?:attach|include|paste|export|dump|list)\\b(?: \\S+){0,4}? (?:all|every|the full|the entire|the whole|the complete) (?:\\S+ ){0,2}?(?:leads?|contacts?|customers?|e-?mails|e-?mail addresses|phone numbers|records|prospects|accounts|database|pipeline)\\b`,
    ),
  },
  {
    id: 'markdown-image-exfil',
    label: 'exfiltration',
    weight: 0.88,
    pattern: /!\[[^\]\n]{0,200}\]\((?:https?:)?\/\/[^)\s]{1,500}[?&][^)\s=]{1,100}=/,
  },
  {
    id: 'html-image-beacon',
    label: 'exfiltration',
    weight: 0.75,
    skipFor: ['web_page'],
    pattern: /<img\b[^>]{0,200}\bsrc=["']?https?:\/\/[^"'\s>]{1,300}[?&][^"'\s>=]{1,100}=/,
  },
  {
    id: 'encode-into-url',
    label: 'exfiltration',
    weight: 0.8,
    pattern:
      /\b(?:append|add|encode|embed|include|put|insert)\b(?: \S+){0,6}? (?:in|into|to|as) (?:a |the )?(?:url|link|query (?:string|parameter)|image (?:url|link)|markdown image|webhook)\b/,
  },
  {
    id: 'visit-url-with-data',
    label: 'exfiltration',
    weight: 0.55,
    pattern:
      /\b(?:visit|open|fetch|call|request|browse to|navigate to|load)\b (?:the )?(?:url|link|https?:\/\/\S{1,200})(?: \S+){0,6}? (?:with|including|containing|and append|passing)\b/,
  },
];
