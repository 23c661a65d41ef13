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
