import { phraseTokens } from './phrase-tokens.js';

/** Longest industry phrase, in words, that can match; longer list entries are still matched by their first words. */
const maxPhraseWords = 4;

/**
 * Whole-word industry matching (SPEC §3.3 "matched on industry, sub-industry and tags"): case,
 * punctuation, plurals and spacing are ignored, so "Marketing Agencies" contains `agency`,
 * "E-Commerce" equals `ecommerce`, and "Health Care" equals `healthcare`, while "Management" does not
 * contain `agency` and "Fintech" does not contain `tech`.
 */
export interface IndustryMatcher {
  /** The first of `values` that contains a configured phrase, with that phrase; null when none does. */
  match(values: readonly string[]): IndustryMatch | null;
}

/** A configured industry phrase and the industry, sub-industry or tag value that contained it. */
export interface IndustryMatch {
  phrase: string;
  value: string;
}

function squash(tokens: readonly string[]): string {
  return tokens.join('');
}

/** Builds a matcher over configured phrases; each lookup is one map probe per word run of up to 4 words. */
export function createIndustryMatcher(phrases: readonly string[]): IndustryMatcher {
  const byKey = new Map<string, string>();
  for (const phrase of phrases) {
    const tokens = phraseTokens(phrase);
    if (tokens.length === 0) continue;
    const key = squash(tokens.slice(0, maxPhraseWords));
    if (!byKey.has(key)) byKey.set(key, phrase);
  }
  const cache = new Map<string, string | null>();
  const matchOne = (value: string): string | null => {
    const cached = cache.get(value);
    if (cached !== undefined) return cached;
    const tokens = phraseTokens(value);
    let found: string | null = null;
    for (let start = 0; start < tokens.length && found === null; start += 1) {
      let key = '';
      for (let end = start; end < Math.min(tokens.length, start + maxPhraseWords); end += 1) {
        key += tokens[end];
        const phrase = byKey.get(key);
        if (phrase !== undefined) {
          found = phrase;
          break;
        }
      }
    }
    // Industry values repeat heavily across a lead list; a bounded cache keeps 100k-lead runs fast.
    if (cache.size < 50_000) cache.set(value, found);
    return found;
  };
  return {
    match(values) {
      if (byKey.size === 0) return null;
      for (const value of values) {
        const phrase = matchOne(value);
        if (phrase !== null) return { phrase, value };
      }
      return null;
    },
  };
}
