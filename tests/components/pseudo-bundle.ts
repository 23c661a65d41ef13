/**
 * A pseudo-language for the tests that look for English left in a view: every English message
 * with its letters swapped for accented look-alikes, `$1`…`$9` and `$$` kept so substitutions
 * still land. Any ASCII word on screen is then either data or English that skipped the bundle.
 */
import english from '../../public/_locales/en/messages.json';

const LOOK_ALIKES: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'áƀçďéƒğĥíĵķĺɱñóþʠŕšţúṽŵẋýžÁƁÇĎÉƑĞĤÍĴĶĹṀÑÓÞɊŔŠŢÚṼŴẊÝŽ'][i]]),
);

export const pseudo = (message: string) => message.replace(/\$(?:\$|[1-9])|[A-Za-z]/g, (m) => LOOK_ALIKES[m] ?? m);

/** The pseudo bundle; `locale` names the language whose `Intl` formats (dates, numbers, plurals) go with it. */
export function pseudoBundle(locale: string): Record<string, { message: string }> {
  const bundle: Record<string, { message: string }> = Object.fromEntries(
    Object.entries(english as Record<string, { message: string }>).map(([key, { message }]) => [key, { message: pseudo(message) }]),
  );
  bundle.locale = { message: locale };
  return bundle;
}

/**
 * Every text a reader or a screen reader meets in `root`, with where it is: text nodes, and the
 * `title`, `aria-label`, `placeholder` and `alt` attributes. The pseudo-language tests look in
 * these for ASCII words.
 */
export function textsIn(root: Element): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    texts.push({ where: `text in <${node.parentElement?.tagName.toLowerCase() ?? '#document'}>`, text: node.textContent ?? '' });
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) texts.push({ where: `${attr} of <${el.tagName.toLowerCase()}>`, text: value });
    }
  }
  return texts;
}
