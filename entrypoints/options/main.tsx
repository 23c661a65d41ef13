import { render } from 'preact';
import { t } from '../../utils/i18n/translate';
import { App } from './App';

document.title = t('options_title');
document.documentElement.lang = t('locale');

render(<App />, document.getElementById('app')!);
