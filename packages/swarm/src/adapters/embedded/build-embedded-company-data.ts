import type { CompanyProfile, CompanyStatus } from '../../domain/company.js';
import type { IntentSignal } from '../../domain/signal.js';
import { companyDomainKeys } from './company-domain-keys.js';
import type { EmbeddedCompanyData, EmbeddedCompanyRecord } from './embedded-company-data.js';
import type { EmbeddedCompanyRow, EmbeddedSignalRow } from './embedded-csv-schemas.js';
import { mapSignalRow } from './map-signal-row.js';
import { normaliseCompanyName } from './normalise-company-name.js';

const statuses: Readonly<Record<string, CompanyStatus>> = {
  active: 'active',
  inactive: 'inactive',
  acquired: 'acquired',
  public: 'public',
};
const orNull = (value: string): string | null => (value.trim() ? value.trim() : null);

function toCompany(row: EmbeddedCompanyRow): CompanyProfile {
  const teamSize = Number.parseInt(row.team_size, 10);
  return {
    domain: companyDomainKeys(row.domain).host || null,
    name: orNull(row.name),
    industry: orNull(row.industry),
    // YC writes `Industrials -> Manufacturing and Robotics`; scoring matches the leaf.
    subIndustry: orNull(row.subindustry.split('->').at(-1) ?? ''),
    tags: row.tags
      ? row.tags
          .split(';')
          .map((tag) => tag.trim())
          .filter(Boolean)
      : [],
    employeeCount: Number.isFinite(teamSize) ? teamSize : null,
    city: orNull(row.city),
    region: orNull(row.region),
    country: orNull(row.country),
    status: statuses[row.status.trim().toLowerCase()] ?? 'unknown',
    description: orNull(row.one_liner.replace(/\s+/g, ' ')),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function signalOwner(row: EmbeddedSignalRow, byHost: Map<string, EmbeddedCompanyRecord[]>): string | null {
  if (row.yc_id) return `yc:${row.yc_id}`;
  if (row.sp500_symbol) return `sp500:${row.sp500_symbol}`;
  const candidates = row.company_domain ? byHost.get(companyDomainKeys(row.company_domain).host) : undefined;
  return candidates?.length === 1 ? (candidates[0]?.id ?? null) : null;
}

/**
 * Builds the in-memory indexes of the embedded provider from parsed rows (pure; see
 * `loadEmbeddedCompanyData` for files). Signals attach by `yc_id` / `sp500_symbol`, else by an
 * unambiguous domain; unmapped signal types are dropped (see `mapSignalRow`). S&P rows carry no
 * employee count, so it stays null.
 */
export function buildEmbeddedCompanyData(
  companyRows: readonly EmbeddedCompanyRow[],
  signalRows: readonly EmbeddedSignalRow[],
): EmbeddedCompanyData {
  const companies = new Map<string, CompanyProfile>();
  for (const row of companyRows) companies.set(row.source_company_id, toCompany(row));
  const hostsForSignals = new Map<string, EmbeddedCompanyRecord[]>();
  for (const [id, company] of companies)
    if (company.domain) push(hostsForSignals, company.domain, { id, company, signals: [] });
  const signals = new Map<string, IntentSignal[]>();
  for (const row of signalRows) {
    const signal = mapSignalRow(row);
    const owner = signal ? signalOwner(row, hostsForSignals) : null;
    if (signal && owner) push(signals, owner, signal);
  }
  const byId = new Map<string, EmbeddedCompanyRecord>();
  const byHost = new Map<string, EmbeddedCompanyRecord[]>();
  const byApex = new Map<string, EmbeddedCompanyRecord[]>();
  const byName = new Map<string, EmbeddedCompanyRecord[]>();
  for (const [id, company] of companies) {
    const record: EmbeddedCompanyRecord = Object.freeze({
      id,
      company: Object.freeze(company),
      signals: Object.freeze(signals.get(id) ?? []),
    });
    byId.set(id, record);
    if (company.domain) {
      const keys = companyDomainKeys(company.domain);
      push(byHost, keys.host, record);
      if (keys.apex) push(byApex, keys.apex, record);
    }
    const nameKey = company.name ? normaliseCompanyName(company.name) : '';
    if (nameKey) push(byName, nameKey, record);
  }
  return { byId, byHost, byApex, byName };
}
