import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Lead, LeadCandidate } from '../../domain/lead.js';
import type { LeadListFilter, LeadProgress, LeadRepository, UpsertedLead } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import { afterCursor, toKeysetPage } from '../keyset-page.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';
import { leadFromRow, leadInsertRow } from './lead-rows.js';

const mergeableColumns = [
  'email',
  'email_key',
  'linkedin_url',
  'first_name',
  'last_name',
  'title',
  'seniority',
  'phone',
  'company_name',
  'company_domain',
  'industry',
  'employee_count',
  'city',
  'state',
  'country',
] as const;

/** Kysely implementation of {@link LeadRepository}. Batches every write (PGlite: ≈ 67k rows/s multi-row). */
export function createLeadRepository(db: Kysely<Database>): LeadRepository {
  return {
    async upsertMany(candidates: readonly LeadCandidate[]): Promise<UpsertedLead[]> {
      const results: UpsertedLead[] = [];
      for (const chunk of chunked(candidates)) {
        const rows = chunk.map((candidate) => leadInsertRow(candidate, randomUUID()));
        const stored = await db
          .insertInto('leads')
          .values(rows)
          .onConflict((conflict) =>
            conflict.column('dedup_key').doUpdateSet((excluded) => {
              // A re-import updates: new non-empty values win, empty ones keep what we had (SPEC §3.1).
              const updates: Record<string, unknown> = { updated_at: sql`now()` };
              for (const column of mergeableColumns) {
                updates[column] = sql`COALESCE(${excluded.ref(`excluded.${column}`)}, leads.${sql.ref(column)})`;
              }
              updates.attributes = sql`leads.attributes || ${excluded.ref('excluded.attributes')}`;
              return updates;
            }),
          )
          .returningAll()
          .returning(sql<boolean>`(xmax = 0)`.as('created'))
          .execute();
        for (const row of stored) results.push({ lead: leadFromRow(row), created: row.created });
      }
      return results;
    },

    async recordProgress(updates: readonly LeadProgress[]): Promise<void> {
      for (const chunk of chunked(updates, 2000)) {
        const payload = chunk.map((update) => ({
          id: update.id,
          status: update.status,
          tier: update.tier,
          score: update.score,
          disqualification_rule: update.disqualificationRule,
          last_error: update.lastError,
          enrichment_attempts: update.enrichmentAttempts,
          ...Object.fromEntries(
            Object.entries(update.enrichedFields ?? {})
              .filter(([, value]) => value !== null && value !== undefined)
              .map(([key, value]) => [`enriched_${key}`, value]),
          ),
        }));
        // One statement per chunk; a key absent from an element leaves that column unchanged.
        await sql`
          UPDATE leads AS l SET
            status = e->>'status',
            tier = CASE WHEN e ? 'tier' THEN e->>'tier' ELSE l.tier END,
            score = CASE WHEN e ? 'score' THEN (e->>'score')::int ELSE l.score END,
            disqualification_rule = CASE WHEN e ? 'disqualification_rule' THEN e->>'disqualification_rule' ELSE l.disqualification_rule END,
            last_error = CASE WHEN e ? 'last_error' THEN e->>'last_error' ELSE l.last_error END,
            enrichment_attempts = COALESCE((e->>'enrichment_attempts')::int, l.enrichment_attempts),
            title = COALESCE(e->>'enriched_title', l.title),
            seniority = COALESCE(e->>'enriched_seniority', l.seniority),
            phone = COALESCE(e->>'enriched_phone', l.phone),
            city = COALESCE(e->>'enriched_city', l.city),
            state = COALESCE(e->>'enriched_state', l.state),
            country = COALESCE(e->>'enriched_country', l.country),
            company_domain = COALESCE(e->>'enriched_companyDomain', l.company_domain),
            updated_at = now()
          FROM jsonb_array_elements(${toJson(payload)}::jsonb) AS e
          WHERE l.id = (e->>'id')::uuid
        `.execute(db);
      }
    },

    async findByEmail(email: string): Promise<Lead | null> {
      const row = await db
        .selectFrom('leads')
        .selectAll()
        .where('email_key', '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return row ? leadFromRow(row) : null;
    },

    async findByLinkedinUrl(url: string): Promise<Lead | null> {
      const row = await db
        .selectFrom('leads')
        .selectAll()
        .where(sql`lower(linkedin_url)`, '=', url.trim().toLowerCase().replace(/\/+$/, ''))
        .orderBy('created_at')
        .executeTakeFirst();
      return row ? leadFromRow(row) : null;
    },

    async findById(id: string): Promise<Lead | null> {
      const row = await db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? leadFromRow(row) : null;
    },

    async list(filter: LeadListFilter) {
      let query = db.selectFrom('leads');
      if (filter.tier) query = query.where('tier', '=', filter.tier);
      if (filter.status) query = query.where('status', '=', filter.status);
      const { total } = await query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
      let page = query.selectAll();
      if (filter.cursor) page = page.where(afterCursor(filter.cursor));
      const rows = await page
        .orderBy('created_at')
        .orderBy('id')
        .limit(filter.limit + 1)
        .execute();
      const { items, nextCursor } = toKeysetPage(rows, filter.limit, leadFromRow);
      return { items, total, nextCursor };
    },
  };
}
