import type { RecipientLocale, RecipientLocaleResolver } from '../../ports/recipient-locale.js';

/** Distinct locations remembered before the memo starts over (bounds memory on huge lead lists). */
const maxRemembered = 50_000;

/**
 * Remembers each location's resolved zone and region (SPEC §3.7 send window): the city/state/country
 * dataset is static for the life of a process, and resolving a city by name is most of the send
 * window's cost. Unknown locations (null) are remembered too.
 */
export function createCachedLocaleResolver(resolver: RecipientLocaleResolver): RecipientLocaleResolver {
  const resolved = new Map<string, RecipientLocale | null>();
  return {
    resolve(location) {
      const key = JSON.stringify([location.city, location.state, location.country]);
      const cached = resolved.get(key);
      if (cached !== undefined) return cached;
      const locale = resolver.resolve(location);
      if (resolved.size >= maxRemembered) resolved.clear();
      resolved.set(key, locale);
      return locale;
    },
  };
}
