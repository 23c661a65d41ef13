import 'fake-indexeddb/auto';
import english from '../public/_locales/en/messages.json';
import { messageSourceFrom, setMessageSource } from '../utils/i18n/translate';

// Node has no `browser.i18n`: components and the worker read the English bundle, as a browser in
// English would.
setMessageSource(messageSourceFrom(english));
