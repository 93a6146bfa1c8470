export { createZoomVideoRoomProvider, type ZoomVideoRoomProviderSettings } from './create-zoom-video-room-provider.js';
export {
  createZoomAccessTokenSource,
  type ZoomAccessTokenSettings,
  type ZoomAccessTokenSource,
} from './zoom-access-token-source.js';
export type { ZoomResilientCall } from './resilient-call-like.js';
