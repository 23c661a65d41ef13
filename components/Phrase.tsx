import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../utils/i18n/translate';

/** Private-use characters stand in for the parts while the bundle places them in its sentence. */
const MARKS = /([\uE000-\uE008])/;
const mark = (i: number) => String.fromCharCode(0xe000 + i);

/**
 * One message whose substitutions are markup: a headline isolated in `<bdi>`, a button. The
 * bundle's sentence decides where each part goes (`$1` is `parts[0]`), so word order stays the
 * translator's; nothing is built from fragments.
 */
export function Phrase({ id, parts }: { id: MessageKey; parts: ComponentChildren[] }) {
  const pieces = t(id, ...parts.map((_, i) => mark(i))).split(MARKS);
  return <>{pieces.map((piece) => (MARKS.test(piece) ? parts[piece.charCodeAt(0) - 0xe000] : piece))}</>;
}
