import { render } from 'preact';
import { uiLocale } from '../../utils/i18n/translate';
import { App, loadView } from './App';

// Ask the worker first: it answers while Preact renders the loading state.
const first = loadView();
// Screen readers read the popup in the language of its words.
document.documentElement.lang = uiLocale();
render(<App first={first} />, document.getElementById('app')!);
