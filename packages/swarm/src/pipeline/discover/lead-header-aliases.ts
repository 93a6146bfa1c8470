/**
 * The lead fields a CSV column can map to. `fullName` is split into first/last when those are missing;
 * `workEmail`, `verifiedEmail` and `email` are kept apart for the recipient resolution order;
 * `companyDomain` and `website` are kept apart because a bare domain is trusted before a website URL.
 */
export type LeadColumnField =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'title'
  | 'seniority'
  | 'workEmail'
  | 'verifiedEmail'
  | 'email'
  | 'companyName'
  | 'companyDomain'
  | 'website'
  | 'industry'
  | 'employeeCount'
  | 'city'
  | 'state'
  | 'country'
  | 'linkedinUrl'
  | 'phone';

/**
 * Header aliases per field, already normalised (lower-case, only `a-z0-9`), in priority order: when a
 * file has several columns for one field, the first non-empty one in this order wins (e.g. Apollo's
 * "Company" before "Company Name for Emails", a direct phone before the switchboard).
 *
 * Sources: SPEC §3.1 (Apollo-export-style snake_case columns) and Apollo's own people-export headers
 * ("First Name", "Last Name", "Title", "Seniority", "Email", "Company", "Company Name for Emails",
 * "Website", "# Employees", "Industry", "City", "State", "Country", "Person Linkedin Url",
 * "Work Direct Phone", "Mobile Phone", "Corporate Phone", "First Phone"). Columns Apollo exports that
 * describe the company's location or other channels ("Company City", "Home Phone", "Twitter Url"…) are
 * deliberately not mapped: they stay in `attributes`.
 */
export const leadHeaderAliases: Readonly<Record<LeadColumnField, readonly string[]>> = {
  firstName: ['firstname', 'first', 'givenname', 'fname'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname'],
  fullName: ['name', 'fullname', 'contactname', 'personname'],
  title: ['title', 'jobtitle', 'position'],
  seniority: ['seniority', 'senioritylevel'],
  workEmail: ['workemail', 'businessemail'],
  verifiedEmail: ['verifiedemail'],
  email: ['email', 'emailaddress', 'primaryemail'],
  companyName: ['company', 'companyname', 'organization', 'organizationname', 'accountname', 'companynameforemails'],
  companyDomain: ['domain', 'companydomain', 'organizationdomain'],
  website: ['website', 'companywebsite', 'websiteurl', 'companyurl', 'homepage'],
  industry: ['industry'],
  employeeCount: [
    'employeecount',
    'employees',
    'numberofemployees',
    'estimatednumemployees',
    'headcount',
    'companysize',
  ],
  city: ['city'],
  state: ['state', 'region', 'province'],
  country: ['country'],
  linkedinUrl: ['linkedinurl', 'personlinkedinurl', 'linkedin', 'linkedinprofile', 'linkedinprofileurl'],
  phone: [
    'phone',
    'phonenumber',
    'workdirectphone',
    'directphone',
    'mobilephone',
    'mobile',
    'firstphone',
    'corporatephone',
  ],
};

/**
 * A header reduced to what alias matching compares (SPEC §3.1): lower-cased, every character that is not
 * `a-z` or `0-9` dropped. "# Employees" → `employees`, "Person Linkedin Url" → `personlinkedinurl`.
 */
export function normaliseHeaderName(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}
