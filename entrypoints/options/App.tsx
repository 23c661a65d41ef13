import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/options/download';
import type { OptionsDeps } from '../../components/options/deps';
import { OptionsPage } from '../../components/options/OptionsPage';
import { send } from '../../utils/messages';
import { t } from '../../utils/i18n/translate';
import type { Catalog } from '../../utils/model';

const deps: OptionsDeps = {
  send,
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  estimateStorage: () => navigator.storage.estimate(),
  download: (filename, text) => downloadText(filename, text),
  now: Date.now,
};

export function App() {
  const [catalog, setCatalog] = useState<Catalog>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    fetch(browser.runtime.getURL('/catalog.json'))
      .then(async (r) => setCatalog((await r.json()) as Catalog))
      .catch((e: unknown) => setError(t('options_catalogUnreadable', e instanceof Error ? e.message : String(e))));
  }, []);
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p class="fine">{t('options_intro')}</p>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : (
        <OptionsPage catalog={catalog} deps={deps} />
      )}
    </main>
  );
}
