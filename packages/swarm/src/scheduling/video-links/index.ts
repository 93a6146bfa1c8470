/** Video links of booked meetings (SPEC §7 "send an invite (ICS, with video link)"; issue 7). */
export { createRememberedVideoLinkProvider } from './remembered-video-link-provider.js';
