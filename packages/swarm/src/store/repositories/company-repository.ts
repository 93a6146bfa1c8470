import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { CompanyProfile, CompanyStatus } from '../../domain/company.js';
import type { CompanyRepository } from '../../ports/pipeline-store.js';
import { chunked } from '../batching.js';
import type { Database } from '../schema.js';
import { toJson } from '../schema.js';

/** Kysely implementation of {@link CompanyRepository}: one row per company domain, last write wins. */
export function createCompanyRepository(db: Kysely<Database>): CompanyRepository {
  return {
    async upsertMany(companies: readonly CompanyProfile[]): Promise<void> {
      const byDomain = new Map<string, CompanyProfile>();
      for (const company of companies) if (company.domain) byDomain.set(company.domain, company);
      for (const chunk of chunked([...byDomain.values()])) {
        await db
          .insertInto('companies')
          .values(
            chunk.map((company) => ({
              id: randomUUID(),
              domain: company.domain as string,
              name: company.name,
              industry: company.industry,
              sub_industry: company.subIndustry,
              tags: toJson(company.tags),
              employee_count: company.employeeCount,
              city: company.city,
              region: company.region,
              country: company.country,
              status: company.status,
              description: company.description,
            })),
          )
          .onConflict((conflict) =>
            conflict.column('domain').doUpdateSet((excluded) => ({
              name: sql`COALESCE(${excluded.ref('excluded.name')}, companies.name)`,
              industry: sql`COALESCE(${excluded.ref('excluded.industry')}, companies.industry)`,
              sub_industry: sql`COALESCE(${excluded.ref('excluded.sub_industry')}, companies.sub_industry)`,
              tags: excluded.ref('excluded.tags'),
              employee_count: sql`COALESCE(${excluded.ref('excluded.employee_count')}, companies.employee_count)`,
              city: sql`COALESCE(${excluded.ref('excluded.city')}, companies.city)`,
              region: sql`COALESCE(${excluded.ref('excluded.region')}, companies.region)`,
              country: sql`COALESCE(${excluded.ref('excluded.country')}, companies.country)`,
              status: excluded.ref('excluded.status'),
              description: sql`COALESCE(${excluded.ref('excluded.description')}, companies.description)`,
              updated_at: sql`now()`,
            })),
          )
          .execute();
      }
    },

    async findByDomain(domain: string): Promise<CompanyProfile | null> {
      const row = await db.selectFrom('companies').selectAll().where('domain', '=', domain).executeTakeFirst();
      if (!row) return null;
      return {
        domain: row.domain,
        name: row.name,
        industry: row.industry,
        subIndustry: row.sub_industry,
        tags: row.tags,
        employeeCount: row.employee_count,
        city: row.city,
        region: row.region,
        country: row.country,
        status: row.status as CompanyStatus,
        description: row.description,
      };
    },
  };
}
