export {
  createGoogleMeetVideoRoomProvider,
  type GoogleMeetVideoRoomProviderSettings,
} from './create-google-meet-video-room-provider.js';
export { googleMeetAccessTypes, type GoogleMeetAccessType } from './google-meet-schemas.js';
export type { GoogleMeetResilientCall } from './resilient-call-like.js';
