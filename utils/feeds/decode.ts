/**
 * Bytes to text for feeds. Feeds lie about their encoding often enough that we check each
 * claim against the bytes: a byte-order mark wins, then the HTTP charset, then the XML
 * declaration, and a claim of UTF-8 that the bytes contradict is dropped. With no usable claim
 * we take UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise (what browsers do).
 * TextDecoder exists in service workers and Node alike, with the legacy single-byte encodings.
 */

const UTF8 = 'utf-8';
/** Labels that WHATWG maps to windows-1252: all three mean "one byte, Western European". */
const LATIN_LABELS = new Set(['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'cp1252', 'l1']);

/** Reads the charset parameter of a Content-Type header, lower-cased. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1]?.toLowerCase();
}

/** Reads the encoding of an XML declaration from the first bytes (ASCII-compatible encodings). */
export function encodingFromXmlDeclaration(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 256));
  const match = head.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/);
  return match?.[1]?.toLowerCase();
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: UTF8, skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  // UTF-16 without a BOM still starts with "<" as a two-byte unit.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) {
    return { encoding: 'utf-16le', skip: 0 };
  }
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) {
    return { encoding: 'utf-16be', skip: 0 };
  }
  return undefined;
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // an encoding name the platform does not know: try the next claim
  }
}

/** Decodes as strict UTF-8, or returns undefined when the bytes are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(UTF8, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

/**
 * Decodes a feed body to a string, choosing the encoding as described above.
 * Never throws: at worst the text has replacement characters.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip));

  const claims = [charsetFromContentType(contentType), encodingFromXmlDeclaration(bytes)];
  // Strict UTF-8 decoding is tried at most once, and only when needed.
  let utf8: { text: string | undefined } | undefined;
  const asUtf8 = () => (utf8 ??= { text: strictUtf8(bytes) }).text;

  for (const claim of claims) {
    if (!claim) continue;
    const decoder = decoderFor(claim);
    // Reading the declaration as ASCII worked, so a UTF-16 claim without a BOM is false.
    if (!decoder || decoder.encoding.startsWith('utf-16')) continue;
    if (decoder.encoding === UTF8) {
      const text = asUtf8();
      if (text !== undefined) return text;
      continue;
    }
    // Text re-encoded to UTF-8 while keeping its old Latin-1 label is common; real Latin-1
    // prose is almost never valid UTF-8, so valid UTF-8 with non-ASCII bytes means UTF-8.
    if (LATIN_LABELS.has(claim) || decoder.encoding === 'windows-1252') {
      const text = hasNonAscii(bytes) ? asUtf8() : undefined;
      if (text !== undefined) return text;
    }
    return decoder.decode(bytes);
  }
  return asUtf8() ?? new TextDecoder('windows-1252').decode(bytes);
}
