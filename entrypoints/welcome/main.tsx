import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/options/Welcome';
import { chooseSources } from '../../utils/access';
import { send } from '../../utils/messages';
import { t } from '../../utils/i18n/translate';
import type { Catalog } from '../../utils/model';
import { disabledOutsideCountries, disabledSources, sourcesChosen } from '../../utils/settings';

const root = document.getElementById('app')!;
document.title = t('welcome_title');
document.documentElement.lang = t('locale');
// The browser's region (en-GB -> GB) is ticked at first; the reader changes it at will.
const region = new Intl.Locale(navigator.language).maximize().region;

void fetch(browser.runtime.getURL('/catalog.json'))
  .then((r) => r.json() as Promise<Catalog>)
  .then((catalog) => {
    const onChoose = (countries: string[] | null) =>
      chooseSources(catalog.outlets, countries ? disabledOutsideCountries(catalog.outlets, new Set(countries)) : [], {
        request: (origins) => browser.permissions.request({ origins }),
        save: async (off) => void (await Promise.all([disabledSources.setValue(off), sourcesChosen.setValue(Date.now())])),
        refresh: () => send('refreshNow', {}),
      });
    render(
      <Welcome
        catalog={catalog}
        initialCountries={region ? [region] : []}
        onChoose={onChoose}
        indexStatus={() => send('indexStatus', {})}
        optionsHref="/options.html"
      />,
      root,
    );
  })
  .catch((e: unknown) => {
    root.textContent = t('options_catalogUnreadable', e instanceof Error ? e.message : String(e));
  });
