/**
 * A 1×1 transparent GIF (43 bytes, GIF89a as specified by CompuServe, 1990): a two-colour global
 * palette, a Graphic Control Extension marking colour 0 transparent, and one LZW-coded pixel
 * (clear code, index 0, end code). The usual open-tracking image.
 */
export const transparentPixelGif: Uint8Array = Uint8Array.from(
  Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'),
);
