/**
 * Small wording helpers that turn raw enrichment values into phrases that read naturally inside a
 * sentence. Pure and allocation-light: they run once per draft.
 */

/** Trims a company one-liner for quoting: drops trailing dots/ellipses and surrounding quotes. */
export function cleanOneLiner(description: string | null): string | null {
  if (!description) return null;
  const cleaned = description
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .replace(/[\s.…]+$/u, '')
    .trim();
  return cleaned.length >= 3 ? cleaned : null;
}

/** `Healthcare` → `healthcare`, `B2B` and `SaaS` kept: words with inner capitals or digits stay as written. */
export function displayIndustry(industry: string | null): string | null {
  const trimmed = industry?.trim();
  if (!trimmed) return null;
  return trimmed
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => (/^[A-Z][a-z]*$/.test(part) ? part.toLowerCase() : part))
        .join('-'),
    )
    .join(' ');
}

const focusRules: readonly (readonly [RegExp, string])[] = [
  [/\b(revenue|cro)\b/i, 'revenue'],
  [/\b(sales|business development|account exec|bdr|sdr)/i, 'sales'],
  [/\b(marketing|growth|cmo|brand|demand)/i, 'marketing'],
  [/\b(operat|coo\b|ops\b)/i, 'operations'],
  [/\b(customer success|support|cx\b)/i, 'customer success'],
  [/\b(people|talent|recruit|hr\b|human resources)/i, 'people operations'],
  [/\b(financ|cfo\b|accounting|controller)/i, 'finance'],
  [/\b(engineer|cto\b|technolog|developer|it\b)/i, 'engineering'],
];

/** The area a title is responsible for, as a noun phrase (`operations`); `your team` when unknown or C-level general. */
export function focusAreaFor(title: string | null): string {
  if (!title) return 'your team';
  for (const [pattern, area] of focusRules) if (pattern.test(title)) return area;
  return 'your team';
}

/** `6` → `6 people`, `58` → `about 60 people`, `1234` → `about 1,200 people`; null below 2 (a one-person count reads oddly). */
export function teamSizeText(employeeCount: number | null): string | null {
  if (employeeCount === null || !Number.isFinite(employeeCount) || employeeCount < 2) return null;
  if (employeeCount < 20) return `${Math.round(employeeCount)} people`;
  const magnitude = employeeCount < 1000 ? 10 : 10 ** (Math.floor(Math.log10(employeeCount)) - 1);
  const rounded = Math.round(employeeCount / magnitude) * magnitude;
  return `about ${rounded.toLocaleString('en-US')} people`;
}

/**
 * A funding amount from a signal detail (`$3,000,000`, `total_disclosed_usd=1200000`, `$2.5M`) as
 * `$3M` / `$1.2M` / `$750K`; null when the detail names no amount.
 */
export function fundingAmountText(detail: string | null): string | null {
  if (!detail) return null;
  const disclosed = /total_disclosed_usd=(\d+)/.exec(detail);
  let amount: number | null = disclosed ? Number(disclosed[1]) : null;
  if (amount === null) {
    const dollars = /\$\s?(\d[\d,]*(?:\.\d+)?)\s*([kmb])?\b/i.exec(detail);
    if (dollars?.[1]) {
      const scale = { k: 1e3, m: 1e6, b: 1e9 }[(dollars[2] ?? '').toLowerCase() as 'k' | 'm' | 'b'] ?? 1;
      amount = Number(dollars[1].replace(/,/g, '')) * scale;
    }
  }
  if (amount === null || !Number.isFinite(amount) || amount < 1000) return null;
  const [divisor, suffix] = amount >= 1e9 ? [1e9, 'B'] : amount >= 1e6 ? [1e6, 'M'] : [1e3, 'K'];
  return `$${Number((amount / divisor).toFixed(1))}${suffix}`;
}
