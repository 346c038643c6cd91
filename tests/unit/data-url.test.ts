import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentEncodeBytes, textDataUrl } from '../../src/lib/data-url';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Percent-decoding byte by byte, for payloads that are not UTF-8 (decodeURIComponent refuses them). */
function percentDecode(payload: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    if (payload[i] === '%') {
      out.push(Number.parseInt(payload.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(payload.charCodeAt(i));
  }
  return Uint8Array.from(out);
}

describe('percentEncodeBytes', () => {
  describe.each([
    ['nothing', bytes(), ''],
    ['the unreserved characters, as themselves', utf8('AZaz09-._~'), 'AZaz09-._~'],
    [
      'a space and reserved characters',
      utf8(" #%&+,/:;=?@[]!$'()*"),
      '%20%23%25%26%2B%2C%2F%3A%3B%3D%3F%40%5B%5D%21%24%27%28%29%2A',
    ],
    ['CRLF and LF', utf8('a\r\nb\n'), 'a%0D%0Ab%0A'],
    ['a byte order mark', bytes(0xef, 0xbb, 0xbf, 0x41), '%EF%BB%BFA'],
    ['NUL and DEL', bytes(0x00, 0x7f), '%00%7F'],
    ['accents and emoji as their UTF-8 bytes', utf8('é🇺🇦'), '%C3%A9%F0%9F%87%BA%F0%9F%87%A6'],
    [
      'quotes and angle brackets (nothing to escape in an attribute)',
      utf8('"<\'>&'),
      '%22%3C%27%3E%26',
    ],
    ['bytes that are not UTF-8', bytes(0xff, 0xfe, 0x80), '%FF%FE%80'],
  ])('encodes %s', (_, input, expected) => {
    it(JSON.stringify(expected), () => expect(percentEncodeBytes(input)).toBe(expected));
  });

  it('writes only unreserved characters and %XX escapes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) =>
        /^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/u.test(percentEncodeBytes(b)),
      ),
    );
  });

  it('decodes back to exactly its bytes, whatever they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(percentDecode(percentEncodeBytes(b))).toEqual(b);
      }),
    );
  });

  it('decodeURIComponent gives back the text of any UTF-8 bytes (every seed is valid UTF-8: decodeSeed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const encoded = utf8(s);
        expect(utf8(decodeURIComponent(percentEncodeBytes(encoded)))).toEqual(encoded);
      }),
    );
  });
});

describe('textDataUrl', () => {
  it('is a plain-text UTF-8 data: URL whose payload is the encoded bytes', () => {
    expect(textDataUrl(utf8('Hi there\r\n'))).toBe(
      'data:text/plain;charset=utf-8,Hi%20there%0D%0A',
    );
  });

  it('is read back byte for byte by fetch, as a browser saving it does', async () => {
    const input = bytes(0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x25, 0x23, 0xc3, 0xa9);
    const response = await fetch(textDataUrl(input));
    expect(response.headers.get('content-type')).toBe('text/plain;charset=utf-8');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(input);
  });
});
