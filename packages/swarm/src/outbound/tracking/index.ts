export { createTrackingToken, verifyTrackingToken, type TrackingTokenCheck } from './tracking-token.js';
export { isTrackableUrl, maximumTrackedUrlLength, type TrackingClaims, type TrackingKind } from './tracking-claims.js';
export { openPixelUrl, clickRedirectUrl, type TrackingLinkSettings } from './tracking-urls.js';
export { applyClickTracking } from './apply-click-tracking.js';
export { findPlainTextLinks, type PlainTextLink } from './find-plain-text-links.js';
export { buildTrackedHtmlAlternative } from './build-tracked-html-alternative.js';
export { transparentPixelGif } from './transparent-pixel-gif.js';
export type { TrackingEvent, RecordTrackingEvent } from './tracking-event.js';
export { trackingEventToInboundEvent, trackingEventSource } from './tracking-event-to-inbound-event.js';
