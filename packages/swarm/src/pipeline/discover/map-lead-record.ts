import type { LeadCandidate } from '../../domain/lead.js';
import { isRawLeadRecordError, type RawLeadRecordResult } from '../../ports/lead-record-source.js';
import { cleanText } from './clean-text.js';
import { deriveCompanyDomain } from './company-domain.js';
import { canonicalEmail, emailSyntaxProblem } from './email-address.js';
import { parseEmployeeCount } from './employee-count.js';
import type { LeadColumnField } from './lead-header-aliases.js';
import type { LeadHeaderMap } from './lead-header-map.js';
import { linkedinUrlProblem, normaliseLinkedinUrl } from './linkedin-url.js';
import { calmAllCapsName, splitFullName } from './person-name.js';

/** The result of mapping one record: a valid candidate, or the reason the row is rejected. */
export type LeadRecordMapping = { ok: true; candidate: LeadCandidate } | { ok: false; reason: string };

/** Recipient email columns, most specific first (SPEC §3.1 "work_email → verified_email → email"). */
const recipientEmailFields = ['workEmail', 'verifiedEmail', 'email'] as const satisfies readonly LeadColumnField[];

type Fields = Readonly<Record<string, string>>;

/**
 * Turns one raw record into a normalised, validated {@link LeadCandidate} (SPEC §3.1 Discover), or
 * says why the row is rejected. Pure; `headerMap` comes from `buildLeadHeaderMap` once per file.
 *
 * Normalisation: every value trimmed, empty → `null`; first/last name from `name` when missing, ALL-CAPS
 * names calmed (`calmAllCapsName`); recipient email = first non-empty of work_email → verified_email →
 * email, lower-cased; `emailKey` = that email (plus-tag kept); company domain from the domain column,
 * else website, else the email's domain (`deriveCompanyDomain`); employee count read leniently
 * (`parseEmployeeCount`); LinkedIn URL without query or trailing slash (`normaliseLinkedinUrl`); every
 * unmapped non-empty column copied verbatim into `attributes` under its header.
 *
 * Rejections (each reason names the column and the fix): the source could not parse the row; the
 * recipient email's syntax is invalid (`emailSyntaxProblem`; a bad work_email is not silently replaced by
 * another column); the LinkedIn URL is not a URL; neither an email nor a LinkedIn URL is present.
 *
 * @param sourceName stored as `candidate.source`, e.g. `csv:leads.csv`.
 */
export function mapLeadRecord(
  record: RawLeadRecordResult,
  headerMap: LeadHeaderMap,
  sourceName: string,
): LeadRecordMapping {
  if (isRawLeadRecordError(record)) return { ok: false, reason: record.error };
  const fields = record.fields;
  const columns = headerMap.columns;
  const text = (field: LeadColumnField): string | null => firstFilledValue(fields, columns[field]);

  let email: string | null = null;
  for (const field of recipientEmailFields) {
    const filled = firstFilled(fields, columns[field]);
    if (filled === undefined) continue;
    email = canonicalEmail(filled.value);
    const problem = emailSyntaxProblem(email);
    if (problem !== null) {
      return {
        ok: false,
        reason: `${filled.header} "${filled.value}" is not a valid email address: ${problem}; correct it, or clear it if the lead has a LinkedIn URL`,
      };
    }
    break;
  }

  const linkedinColumn = firstFilled(fields, columns.linkedinUrl);
  const linkedinUrl = normaliseLinkedinUrl(linkedinColumn?.value ?? null);
  if (linkedinColumn !== undefined && linkedinUrl !== null) {
    const problem = linkedinUrlProblem(linkedinUrl);
    if (problem !== null) {
      return {
        ok: false,
        reason: `${linkedinColumn.header} "${linkedinColumn.value}" is not a LinkedIn profile URL: ${problem}; use the full https://… profile address or clear it`,
      };
    }
  }
  if (email === null && linkedinUrl === null) return { ok: false, reason: missingContactReason(headerMap) };

  let firstName = text('firstName');
  let lastName = text('lastName');
  if (firstName === null || lastName === null) {
    const fullName = text('fullName');
    if (fullName !== null) {
      const split = splitFullName(fullName);
      firstName ??= split.firstName;
      lastName ??= split.lastName;
    }
  }

  return {
    ok: true,
    candidate: {
      rowNumber: record.rowNumber,
      firstName: firstName === null ? null : calmAllCapsName(firstName),
      lastName: lastName === null ? null : calmAllCapsName(lastName),
      title: text('title'),
      seniority: text('seniority'),
      email,
      emailKey: email,
      linkedinUrl,
      phone: text('phone'),
      companyName: text('companyName'),
      companyDomain: deriveCompanyDomain({ domain: text('companyDomain'), website: text('website'), email }),
      industry: text('industry'),
      employeeCount: parseEmployeeCount(text('employeeCount')),
      city: text('city'),
      state: text('state'),
      country: text('country'),
      source: sourceName,
      attributes: unmappedAttributes(fields, headerMap.unknownHeaders),
    },
  };
}

/** The first listed column with a non-blank value: its header and its trimmed value. */
function firstFilled(
  fields: Fields,
  headers: readonly string[] | undefined,
): { header: string; value: string } | undefined {
  if (headers === undefined) return undefined;
  for (const header of headers) {
    const value = cleanText(fields[header]);
    if (value !== null) return { header, value };
  }
  return undefined;
}

/** Same as {@link firstFilled} without the header, allocation-free for the many plain fields of a row. */
function firstFilledValue(fields: Fields, headers: readonly string[] | undefined): string | null {
  if (headers === undefined) return null;
  for (const header of headers) {
    const value = cleanText(fields[header]);
    if (value !== null) return value;
  }
  return null;
}

function unmappedAttributes(fields: Fields, unknownHeaders: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const header of unknownHeaders) {
    const value = fields[header];
    if (value !== undefined && value.trim() !== '') attributes[header] = value;
  }
  return attributes;
}

function missingContactReason(headerMap: LeadHeaderMap): string {
  const emailHeaders = recipientEmailFields.flatMap((field) => headerMap.columns[field] ?? []);
  const linkedinHeaders = headerMap.columns.linkedinUrl ?? [];
  if (emailHeaders.length === 0 && linkedinHeaders.length === 0) {
    return 'the file has no email or LinkedIn URL column; add a column named email or linkedin_url';
  }
  const named = [...emailHeaders, ...linkedinHeaders].join(', ');
  return `missing both email and LinkedIn URL (columns: ${named}); fill at least one so the lead can be contacted`;
}
