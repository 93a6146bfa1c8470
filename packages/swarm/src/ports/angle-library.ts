import type { Tier } from '../domain/lead.js';

/**
 * A precompiled template: takes the template context and returns plain text. Throws when the
 * template reads a variable the context does not define (templates are compiled in strict mode).
 */
export type RenderTemplate = (context: Readonly<Record<string, unknown>>) => string;

/**
 * One message angle of the library (SPEC §3.4): a tier, two distinct subject variants (A/B) and a
 * body template. `requires` lists the evidence kinds (see `domain/evidence.ts`, e.g. `signal.hiring`,
 * `company.description`) the angle cannot be written without; `uses` lists optional kinds it
 * mentions when present. Both decide which facts a draft records as the evidence it used.
 */
export interface Angle {
  id: string;
  tier: Tier;
  name: string;
  subjectA: RenderTemplate;
  subjectB: RenderTemplate;
  body: RenderTemplate;
  /** Template file name, for error messages and review (`t1-hiring-leverage.hbs`). */
  bodyTemplateFile: string;
  requires: readonly string[];
  uses: readonly string[];
}

/** Cadence follow-up kinds (SPEC §3.4, §5 steps 3, 5, 7, 8). */
export const followUpKinds = ['value_follow_up', 'social_proof', 'break_up', 'graceful_close'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

/** A follow-up template: like an angle, but chosen by cadence step kind instead of by tier. */
export interface FollowUpTemplate {
  id: string;
  kind: FollowUpKind;
  /** The cadence step it belongs to by default (SPEC §5: 3, 5, 7, 8). */
  defaultStep: number;
  subjectA: RenderTemplate;
  subjectB: RenderTemplate;
  body: RenderTemplate;
  bodyTemplateFile: string;
  uses: readonly string[];
}

/**
 * The loaded, validated and precompiled angle library. Built once at start-up by an adapter that
 * reads files (`adapters/templates`); the pure craft slice receives it and does no I/O itself.
 */
export interface AngleLibrary {
  /** Angles in file order; the order is part of the deterministic angle choice. */
  angles: readonly Angle[];
  followUps: Readonly<Record<FollowUpKind, FollowUpTemplate>>;
}
