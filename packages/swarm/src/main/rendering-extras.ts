import type { Art14NoticeSettings } from '../compliance/index.js';
import type { ResolvedConfig } from '../config/load-config.js';
import { resolvePrivacyNotice } from '../config/privacy-notice-schema.js';

/**
 * The EM-8 notice settings and tracking switches every outbox render uses (pipeline and send
 * worker alike), so a message is rendered the same wherever it is rendered. Tracking tokens are
 * signed with a key derived from the unsubscribe secret.
 */
export function renderingExtrasFor(
  config: ResolvedConfig,
  unsubscribeSecret: string,
): {
  privacyNotice: Omit<Art14NoticeSettings, 'optOutUrl'>;
  tracking?: { opens: boolean; clicks: boolean; baseUrl?: string; secret: string };
} {
  const { tracking } = config;
  return {
    privacyNotice: resolvePrivacyNotice(config.privacyNotice, config.sender),
    ...(tracking.opens || tracking.clicks
      ? {
          tracking: {
            opens: tracking.opens,
            clicks: tracking.clicks,
            ...(tracking.baseUrl ? { baseUrl: tracking.baseUrl } : {}),
            secret: unsubscribeSecret,
          },
        }
      : {}),
  };
}
