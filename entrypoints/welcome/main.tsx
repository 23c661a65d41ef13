import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/options/Welcome';
import type { Catalog } from '../../utils/model';
import { disabledOutsideCountries, disabledSources } from '../../utils/settings';

const root = document.getElementById('app')!;
// The browser's region (en-GB -> GB) is ticked at first; the reader changes it at will.
const region = new Intl.Locale(navigator.language).maximize().region;

void fetch(browser.runtime.getURL('/catalog.json'))
  .then((r) => r.json() as Promise<Catalog>)
  .then((catalog) => {
    const onChoose = async (countries: string[] | null) => {
      const off = countries ? disabledOutsideCountries(catalog.outlets, new Set(countries)) : [];
      await disabledSources.setValue(off);
      return catalog.outlets.length - off.length;
    };
    render(<Welcome catalog={catalog} initialCountries={region ? [region] : []} onChoose={onChoose} optionsHref="/options.html" />, root);
  })
  .catch((e: unknown) => {
    root.textContent = `The source catalog could not be read: ${e instanceof Error ? e.message : String(e)}`;
  });
