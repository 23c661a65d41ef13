import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes, encodingFromXmlDeclaration } from '../../../utils/feeds/decode';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** "café" in Latin-1 and "Привет" in windows-1251, as raw bytes. */
const CAFE_LATIN1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]);
const PRIVET_1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);

describe('charsetFromContentType / encodingFromXmlDeclaration', () => {
  it.each([
    ['application/rss+xml; charset=ISO-8859-1', 'iso-8859-1'],
    ['text/xml;charset="windows-1251"', 'windows-1251'],
    ['application/xml', undefined],
    [undefined, undefined],
  ])('%j -> %j', (header, charset) => {
    expect(charsetFromContentType(header)).toBe(charset);
  });

  it('reads the declaration, single or double quoted', () => {
    expect(encodingFromXmlDeclaration(ascii(`<?xml version="1.0" encoding='KOI8-R'?><rss/>`))).toBe('koi8-r');
    expect(encodingFromXmlDeclaration(ascii('<rss/>'))).toBeUndefined();
  });
});

describe('decodeFeedBytes', () => {
  it.each([
    ['UTF-8, undeclared', utf8('<t>café</t>'), undefined, '<t>café</t>'],
    ['Latin-1, undeclared (not valid UTF-8)', concat(ascii('<t>'), CAFE_LATIN1, ascii('</t>')), undefined, '<t>café</t>'],
    [
      'windows-1251, declared',
      concat(ascii('<?xml version="1.0" encoding="windows-1251"?><t>'), PRIVET_1251, ascii('</t>')),
      undefined,
      '<?xml version="1.0" encoding="windows-1251"?><t>Привет</t>',
    ],
    ['windows-1251, from the Content-Type', concat(ascii('<t>'), PRIVET_1251, ascii('</t>')), 'text/xml; charset=windows-1251', '<t>Привет</t>'],
    [
      'Content-Type wins over the declaration',
      concat(ascii('<?xml version="1.0" encoding="iso-8859-1"?><t>'), PRIVET_1251, ascii('</t>')),
      'text/xml; charset=windows-1251',
      '<?xml version="1.0" encoding="iso-8859-1"?><t>Привет</t>',
    ],
    [
      'a false UTF-8 header gives way to the declaration',
      concat(ascii('<?xml version="1.0" encoding="windows-1251"?><t>'), PRIVET_1251, ascii('</t>')),
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="windows-1251"?><t>Привет</t>',
    ],
    [
      'UTF-8 bytes labelled Latin-1 are read as UTF-8',
      concat(ascii('<?xml version="1.0" encoding="ISO-8859-1"?><t>'), utf8('© café'), ascii('</t>')),
      undefined,
      '<?xml version="1.0" encoding="ISO-8859-1"?><t>© café</t>',
    ],
    ['UTF-8 BOM beats a wrong header', concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('<t>é</t>')), 'text/xml; charset=windows-1251', '<t>é</t>'],
    ['UTF-16LE with a BOM', concat(Uint8Array.from([0xff, 0xfe]), Uint8Array.from([0x3c, 0, 0x74, 0, 0x3e, 0])), undefined, '<t>'],
    [
      'an unknown label falls back to sniffing',
      concat(ascii('<?xml version="1.0" encoding="x-bogus"?><t>'), CAFE_LATIN1, ascii('</t>')),
      undefined,
      '<?xml version="1.0" encoding="x-bogus"?><t>café</t>',
    ],
  ])('%s', (_name, bytes, contentType, text) => {
    expect(decodeFeedBytes(bytes, contentType)).toBe(text);
  });
});
