import { expect, test } from 'vitest';
import { cleanText, decodeEntities } from '../../../utils/article/clean-value';

test.each([
  ['the markup basics', '&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;', '<b> & "x" \'y\''],
  ['typography', 'A&nbsp;B&hellip; &ldquo;C&rdquo; &mdash; D&rsquo;s', 'A B… “C” — D’s'],
  ['accented letters, composed from their mark', '&eacute;t&eacute; &Eacute;cole &ccedil;a &Ouml;l &atilde; &aring;', 'été École ça Öl ã å'],
  ['numeric references', '&#8217; &#x2019; &#X2019;', '’ ’ ’'],
  ['double encoding, decoded twice at most', '&amp;#8217; &amp;amp;amp;', '’ &amp;'],
  ['unknown names, kept as written', '&qacute; &bogus; &mp;', '&qacute; &bogus; &mp;'],
  ['invalid code points, kept as written', '&#xD800; &#x110000;', '&#xD800; &#x110000;'],
])('decodeEntities: %s', (_why, raw, decoded) => {
  expect(decodeEntities(raw)).toBe(decoded);
});

test('cleanText folds whitespace and trims', () => {
  expect(cleanText('  Council\u00a0 approves\n budget  ')).toBe('Council approves budget');
  expect(cleanText('   ')).toBeUndefined();
  expect(cleanText({})).toBeUndefined();
});
