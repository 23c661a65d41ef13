import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AboutRatings } from '../../components/AboutRatings';
import { titleDocument } from '../../components/pages/document-title';
import { t } from '../../utils/i18n/translate';
import type { Catalog } from '../../utils/model';

titleDocument(t('about_ratingsTitle'));

const root = document.getElementById('app')!;
void fetch(browser.runtime.getURL('/catalog.json'))
  .then((r) => r.json() as Promise<Catalog>)
  .then((catalog) => render(<AboutRatings catalog={catalog} />, root));
