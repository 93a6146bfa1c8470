// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
const metaCharset = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})/i;

/**
 * For a single-part `text/html` message whose MIME header names no charset, copies the charset declared in
 * the HTML `<meta>` into the header so the parser decodes the body right (threading spec §2.2,
 * mailparser #370). Other messages are returned unchanged. Works on the raw bytes as latin1, which
 * round-trips every byte.
 */
export function withSniffedHtmlCharset(buffer: Buffer): Buffer {
  const source = buffer.toString('latin1');
  const headerEnd = source.search(/\r?\n\r?\n/);
  if (headerEnd < 0) return buffer;
  const head = source.slice(0, headerEnd);
  const contentType = /^content-type:[ \t]*text\/html\b((?:[^\r\n]|\r?\n[ \t])*)/im.exec(head);
  if (!contentType || /charset\s*=/i.test(contentType[1] ?? '')) return buffer;
  const declared = metaCharset.exec(source.slice(headerEnd, headerEnd + 8192))?.[1];
  if (!declared || /^utf-?8$/i.test(declared)) return buffer;
  const patched = head.replace(contentType[0], `${contentType[0].trimEnd()}; charset="${declared}"`);
  return Buffer.from(patched + source.slice(headerEnd), 'latin1');
}
