/**
 * Node has no `browser.i18n`: command-line tools that run the extension's feed and index code
 * word its messages (feed errors, refusals) from the English bundle. Imported first, for its effect.
 */
import english from '../public/_locales/en/messages.json';
import { messageSourceFrom, setMessageSource } from '../utils/i18n/translate';

setMessageSource(messageSourceFrom(english));
