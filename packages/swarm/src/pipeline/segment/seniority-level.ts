import { seniorityLevels, type SeniorityLevel } from './icp-profile.js';

/** Spellings of the `seniority` column beyond the canonical level names (Apollo exports, CRMs). */
const seniorityAliases: ReadonlyMap<string, SeniorityLevel> = new Map([
  ['csuite', 'c_suite'],
  ['c_level', 'c_suite'],
  ['clevel', 'c_suite'],
  ['cxo', 'c_suite'],
  ['executive', 'c_suite'],
  ['vice_president', 'vp'],
  ['ic', 'individual_contributor'],
  ['individual', 'individual_contributor'],
  ['contributor', 'individual_contributor'],
  ['junior', 'entry'],
  ['entry_level', 'entry'],
]);

const knownLevels: ReadonlySet<string> = new Set(seniorityLevels);

/** Title words that reveal a level, checked in level order so "Senior VP" is `vp`, not `senior`. */
const levelWords: readonly (readonly [SeniorityLevel, readonly string[]])[] = [
  ['owner', ['owner']],
  ['founder', ['founder']],
  [
    'c_suite',
    ['ceo', 'coo', 'cro', 'cmo', 'cto', 'cfo', 'cco', 'cgo', 'cpo', 'cio', 'chro', 'ciso', 'chief', 'president'],
  ],
  ['partner', ['partner']],
  ['vp', ['vp']],
  ['head', ['head']],
  ['director', ['director', 'md', 'gm']],
  ['manager', ['manager', 'lead']],
  ['senior', ['senior', 'principal', 'staff']],
  ['intern', ['intern', 'trainee']],
  ['entry', ['junior', 'associate', 'assistant']],
];

/** Words that cap a title's level whatever else it names ("Assistant to the CEO", "Sales Intern"). */
const cappingWords: readonly (readonly [SeniorityLevel, string])[] = [
  ['intern', 'intern'],
  ['intern', 'trainee'],
  ['entry', 'assistant'],
];

/** The level a `seniority` column value names (`c_suite`, `C-Suite`, `VP`, `individual_contributor`…), or null. */
export function seniorityFromField(value: string | null | undefined): SeniorityLevel | null {
  if (!value) return null;
  if (knownLevels.has(value)) return value as SeniorityLevel;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (knownLevels.has(key)) return key as SeniorityLevel;
  return seniorityAliases.get(key) ?? null;
}

/**
 * The level a title's canonical words (from `titleTokens`) imply; any other non-empty title is an
 * individual contributor, and no words at all is null (unknown). "Intern", "trainee" and "assistant"
 * cap the level (so "Assistant to the CEO" is `entry`, not `c_suite`).
 */
export function seniorityFromTitleTokens(tokens: readonly string[]): SeniorityLevel | null {
  if (tokens.length === 0) return null;
  const words = new Set(tokens);
  for (const [level, word] of cappingWords) {
    if (words.has(word)) return level;
  }
  for (const [level, candidates] of levelWords) {
    // "Vice President" folds to `vp`, so a bare `president` here really is the president.
    if (candidates.some((word) => words.has(word))) return level;
  }
  return 'individual_contributor';
}

/** The higher of two levels (earlier in `seniorityLevels`); null when both are unknown. */
export function higherSeniority(left: SeniorityLevel | null, right: SeniorityLevel | null): SeniorityLevel | null {
  if (left === null) return right;
  if (right === null) return left;
  return seniorityLevels.indexOf(left) <= seniorityLevels.indexOf(right) ? left : right;
}
