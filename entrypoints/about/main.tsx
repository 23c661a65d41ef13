import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AboutRatings } from '../../components/AboutRatings';
import type { Catalog } from '../../utils/model';

const root = document.getElementById('app')!;
void fetch(browser.runtime.getURL('/catalog.json'))
  .then((r) => r.json() as Promise<Catalog>)
  .then((catalog) => render(<AboutRatings catalog={catalog} />, root));
