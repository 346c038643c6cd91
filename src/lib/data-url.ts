/**
 * `data:` URLs that carry a file's exact bytes, for a link that downloads it from the page
 * itself (the raw seed of an article page: no file of its own in dist/).
 */

/** RFC 3986's unreserved characters, the only bytes a URL may carry as themselves. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/u;

/** Each byte as it is written in the URL: itself when unreserved, else `%XX`. */
const ENCODED: readonly string[] = Array.from({ length: 256 }, (_, b) => {
  const c = String.fromCharCode(b);
  return UNRESERVED.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
});

/**
 * Every byte percent-encoded but the unreserved ones: the bytes themselves, not a decoded
 * string, so CRLF, a BOM or any other byte comes back as it was.
 */
export function percentEncodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += ENCODED[b];
  return out;
}

/** A `data:text/plain;charset=utf-8,…` URL whose payload decodes to exactly `bytes`. */
export function textDataUrl(bytes: Uint8Array): string {
  return `data:text/plain;charset=utf-8,${percentEncodeBytes(bytes)}`;
}
