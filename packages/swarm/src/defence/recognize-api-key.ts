import type { PiiMatch } from './pii-type.js';
import { shannonEntropy } from './shannon-entropy.js';

/**
 * Provider key formats, each starting with a literal prefix so the engine only tries where the
 * prefix occurs, and every quantifier bounded (linear, PII-4). Sources: the providers' documented
 * key formats as collected by gitleaks and GitHub secret scanning.
 */
const providerKeyPatterns: readonly RegExp[] = [
  /(?<![\w-])sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}(?![\w-])/g, // OpenAI, Anthropic
  /(?<!\w)[rsp]k_(?:live|test)_[A-Za-z0-9]{16,128}(?!\w)/g, // Stripe
  /(?<!\w)gh[pousr]_[A-Za-z0-9]{30,255}(?!\w)/g, // GitHub
  /(?<!\w)github_pat_[A-Za-z0-9_]{22,255}(?!\w)/g, // GitHub fine-grained
  /(?<![\w-])xox[abposr]-[A-Za-z0-9-]{10,250}(?![\w-])/g, // Slack tokens
  /(?<![\w-])xapp-\d-[A-Za-z0-9-]{10,250}(?![\w-])/g, // Slack app-level tokens
  /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, // AWS access key id
  /(?<![\w-])AIza[A-Za-z0-9_-]{35}(?![\w-])/g, // Google API key
  /(?<![\w-])glpat-[A-Za-z0-9_-]{20,64}(?![\w-])/g, // GitLab
  /(?<![\w.-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![\w-])/g, // SendGrid
  /(?<!\w)SK[0-9a-f]{32}(?!\w)/g, // Twilio API key
  /(?<!\w)npm_[A-Za-z0-9]{36}(?!\w)/g, // npm
  /(?<!\w)key-[0-9a-f]{32}(?!\w)/g, // Mailgun
  /(?<![\w-])pat-(?:na|eu)\d-[0-9a-f-]{36}(?![\w-])/g, // HubSpot private app
  /(?<!\w)whsec_[A-Za-z0-9+/=]{24,128}(?![\w+/=])/g, // Standard Webhooks secret
  /(?<![\w-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,1000}(?![\w-])/g, // JWT
  /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/g, // PEM private key header
  /(?<!\w)shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?!\w)/g, // Shopify
  /(?<!\w)dop_v1_[a-f0-9]{64}(?!\w)/g, // DigitalOcean
  /(?<!\w)hf_[A-Za-z0-9]{30,40}(?!\w)/g, // Hugging Face
  /(?<!\w)pypi-AgE[A-Za-z0-9_-]{50,250}(?![\w-])/g, // PyPI
  /(?<![\w.])ya29\.[A-Za-z0-9_-]{20,250}(?![\w-])/g, // Google OAuth access token
  /(?<!\w)dapi[a-f0-9]{32}(?:-\d)?(?!\w)/g, // Databricks
  /(?<!\w)gsk_[A-Za-z0-9]{40,60}(?!\w)/g, // Groq
  /(?<!\w)lin_api_[A-Za-z0-9]{30,50}(?!\w)/g, // Linear
  /(?<!\w)sq0(?:atp|csp)-[A-Za-z0-9_-]{22,50}(?![\w-])/g, // Square
  /(?<!\w)AGE-SECRET-KEY-1[A-Z0-9]{50,70}(?!\w)/g, // age
];

/**
 * A secret-ish keyword, then `:`/`=`/`is`, then a token. The token must also look random (checked in
 * code), so "api key: see the docs" is not a key. Only tried where a keyword occurs.
 */
const contextualKeyPattern =
  /(?<![A-Za-z0-9])(?:api[_ -]?key|apikey|x-api-key|access[_ -]?key(?:[_ -]?id)?|secret[_ -]?(?:access[_ -]?)?key|auth[_ -]?token|access[_ -]?token|refresh[_ -]?token|bearer|client[_ -]?secret|private[_ -]?key|account[_ -]?key|subscription[_ -]?key|app[_ -]?secret|consumer[_ -]?(?:key|secret)|signing[_ -]?(?:key|secret)|webhook[_ -]?secret|encryption[_ -]?key|master[_ -]?key|session[_ -]?(?:key|token)|token)["']?\s{0,3}(?:[:=]|=>|is|:)?\s{0,3}["'`]?([A-Za-z0-9_\-+/=.~]{16,256})/dgi;

/** Random-looking: letters and digits, ≥ 3.0 bits per character, not a dictionary-ish word or a URL path. */
function looksRandom(token: string): boolean {
  if (!/[A-Za-z]/.test(token) || !/\d/.test(token)) return false;
  if (/^(?:https?|www)\b/i.test(token) || /\.(?:com|org|net|io|html?|json|pdf)$/i.test(token)) return false;
  return shannonEntropy(token) >= 3.0;
}

/**
 * Finds API keys and tokens: provider prefixes (`sk-`, `sk_live_`, `ghp_`, `xoxb-`, `AKIA`, `AIza`…)
 * plus high-entropy tokens next to a key keyword (specs/security.md PII-1, context-gated entropy).
 */
export function recognizeApiKey(text: string): PiiMatch[] {
  const matches: PiiMatch[] = [];
  for (const pattern of providerKeyPatterns) {
    for (const match of text.matchAll(pattern)) {
      matches.push({ type: 'API_KEY', value: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(contextualKeyPattern)) {
    const token = match[1];
    const span = match.indices?.[1];
    if (token === undefined || span === undefined || !looksRandom(token)) continue;
    matches.push({ type: 'API_KEY', value: token, start: span[0], end: span[1] });
  }
  return matches;
}
