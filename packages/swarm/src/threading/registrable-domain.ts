// Two-label public suffixes common in B2B mail; a full Public Suffix List is not worth a dependency here.
const twoLabelSuffixes = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'co.za',
  'com.br',
  'com.mx',
  'com.ar',
  'co.in',
  'co.kr',
  'com.cn',
  'com.sg',
  'com.tr',
  'co.il',
  'com.hk',
  'com.tw',
]);

/**
 * The registrable domain of an address or host (`mail.sales.example.co.uk` → `example.co.uk`), used by the
 * subject fallback's participant match (threading spec §3.1). Lower-cases; returns '' for no domain.
 */
export function registrableDomain(addressOrHost: string): string {
  const host = (addressOrHost.includes('@') ? addressOrHost.slice(addressOrHost.lastIndexOf('@') + 1) : addressOrHost)
    .trim()
    .replace(/>$/, '')
    .toLowerCase();
  const labels = host.split('.').filter((label) => label !== '');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return twoLabelSuffixes.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}
