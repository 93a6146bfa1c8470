/**
 * Consumer mailbox providers: an address there says nothing about the person's company, so the company
 * domain is never derived from it (SPEC §3.1 derives the domain "from website URL or email"; a
 * `gmail.com` company would poison enrichment and exclusion rules). Deliberately short: the big
 * providers cover almost all B2B lists; a missed one only means a less useful derived domain.
 */
export const freeMailDomains: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
]);
