import type { Catalog } from '../model';
import { createOutletLookup, type OutletLookup } from '../sources/catalog';
import type { ReaderPrefs } from '../sources/outlet-view';
import { disabledSources, indexSettings, ratingOverrides } from '../settings';

/**
 * The bundled catalog, read once per worker life (it ships with the extension and only changes
 * with it), with a lookup from any URL to the outlet publishing there.
 */
export function createOutletSource(loadCatalog: () => Promise<Catalog>) {
  let cached: Promise<{ catalog: Catalog; lookup: OutletLookup }> | undefined;
  return function outlets() {
    cached ??= loadCatalog().then((catalog) => ({ catalog, lookup: createOutletLookup(catalog.outlets) }));
    return cached;
  };
}

/** The reader's settings that shape coverage, read fresh each time (they change at any moment). */
export async function readPrefs(): Promise<ReaderPrefs & { blindspotThreshold: number }> {
  const [disabled, overrides, settings] = await Promise.all([disabledSources.getValue(), ratingOverrides.getValue(), indexSettings.getValue()]);
  return { disabled: new Set(disabled), overrides, blindspotThreshold: settings.blindspotThreshold };
}
