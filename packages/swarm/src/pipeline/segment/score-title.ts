import type { CompiledIcp, TitleAnalysis, TitlePattern } from './compile-icp.js';
import { formatPoints, roundPoints } from './format-points.js';
import type { SeniorityLevel } from './icp-profile.js';
import type { ComponentScore, ScoringLead } from './scoring-input.js';
import { higherSeniority, seniorityFromField, seniorityFromTitleTokens } from './seniority-level.js';
import { titleTokens } from './title-tokens.js';

/** The title/seniority component plus what the multiplier and reasons need. */
export interface TitleScore extends ComponentScore {
  /** True when the title is a priority title (earns the priority-title multiplier). */
  isPriority: boolean;
  level: SeniorityLevel | null;
}

function containsPattern(words: ReadonlySet<string>, pattern: TitlePattern): boolean {
  return pattern.tokens.every((token) => words.has(token));
}

function analyseTitle(title: string, icp: CompiledIcp): TitleAnalysis {
  const cached = icp.titleCache.get(title);
  if (cached) return cached;
  const tokens = titleTokens(title);
  const words = new Set(tokens);
  const excluded = icp.excludedTitles.some((pattern) => containsPattern(words, pattern));
  const priority = excluded ? undefined : icp.priorityTitles.find((pattern) => containsPattern(words, pattern));
  const analysis: TitleAnalysis = {
    tokens,
    level: seniorityFromTitleTokens(tokens),
    priorityPhrase: priority?.phrase ?? null,
  };
  // Titles repeat heavily across a lead list; a bounded cache keeps 100k-lead runs fast.
  if (icp.titleCache.size < 50_000) icp.titleCache.set(title, analysis);
  return analysis;
}

/**
 * Title/seniority component (SPEC §3.3, weight 30). A priority title (all words of one of
 * `titles.priority`, after synonym folding, and none of `titles.exclude`) earns
 * `weight × seniorityCredit[level]` and the priority-title multiplier; any other title earns that times
 * `nonPriorityFactor`. The level is the higher of the `seniority` value and the level the title implies.
 * No title and no seniority scores 0.
 */
export function scoreTitle(lead: ScoringLead, icp: CompiledIcp): TitleScore {
  const { weights, titles } = icp.profile;
  const title = lead.title?.trim() ?? '';
  const analysis = title === '' ? null : analyseTitle(title, icp);
  const level = higherSeniority(seniorityFromField(lead.seniority), analysis?.level ?? null);
  const credit = level === null ? 0 : (titles.seniorityCredit[level] ?? 0);
  if (analysis?.priorityPhrase) {
    const points = roundPoints(weights.title * credit);
    return {
      points,
      isPriority: true,
      level,
      reason: `${formatPoints(points)} title: ${title} matches priority title`,
    };
  }
  const points = roundPoints(weights.title * credit * titles.nonPriorityFactor);
  if (title === '') {
    const reason =
      level === null
        ? `${formatPoints(0)} title: title unknown`
        : `${formatPoints(points)} title: title unknown, seniority ${level}`;
    return { points, isPriority: false, level, reason };
  }
  const seniority = level === null ? '' : ` (seniority ${level})`;
  return {
    points,
    isPriority: false,
    level,
    reason: `${formatPoints(points)} title: ${title}${seniority} is not a priority title`,
  };
}
