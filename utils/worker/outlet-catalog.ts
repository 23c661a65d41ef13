import type { Catalog, Outlet } from '../model';
import { createOutletLookup, type OutletLookup } from '../sources/catalog';
import { countCarriers, disabledSources, indexSettings, ratingOverrides, storyCorrections } from '../settings';
import type { Prefs } from './tab-view';

/**
 * The bundled catalog, read once per worker life (it ships with the extension and only changes
 * with it), plus the reader's own sources, with a lookup from any URL to the outlet publishing there.
 */
export function createOutletSource(loadCatalog: () => Promise<Catalog>, loadCustom: () => Promise<Outlet[]> = async () => []) {
  let cached: Promise<{ catalog: Catalog; lookup: OutletLookup }> | undefined;
  const outlets = () => {
    cached ??= Promise.all([loadCatalog(), loadCustom()]).then(([shipped, custom]) => {
      // The reader's sources come first, so a domain they claim is theirs.
      const catalog = { ...shipped, outlets: [...custom.map((o) => ({ ...o, custom: true })), ...shipped.outlets] };
      return { catalog, lookup: createOutletLookup(catalog.outlets) };
    });
    return cached;
  };
  /** Call when the reader's sources change. */
  outlets.invalidate = () => {
    cached = undefined;
  };
  return outlets;
}

/** The reader's settings that shape coverage, read fresh each time (they change at any moment). */
export async function readPrefs(): Promise<Prefs> {
  const [disabled, overrides, settings, carriers, corrections] = await Promise.all([
    disabledSources.getValue(),
    ratingOverrides.getValue(),
    indexSettings.getValue(),
    countCarriers.getValue(),
    storyCorrections.getValue(),
  ]);
  return { disabled: new Set(disabled), overrides, blindspotThreshold: settings.blindspotThreshold, countCarriers: carriers, corrections };
}
