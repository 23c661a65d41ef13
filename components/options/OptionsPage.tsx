import { useMemo } from 'preact/hooks';
import { originsFor } from '../../utils/access';
import type { Catalog, Outlet } from '../../utils/model';
import { customSources, disabledSources, indexSettings, ratingOverrides, readSettings, writeSettings, type RatingOverride } from '../../utils/settings';
import { t } from '../../utils/i18n/translate';
import { verifyFeed } from '../../utils/sources/custom-source';
import { AccessSection } from './AccessSection';
import { CustomSourceForm } from './CustomSourceForm';
import { CustomSources, type CustomFormContext } from './CustomSources';
import type { OptionsDeps } from './deps';
import { IndexSection } from './IndexSection';
import { CountingSettings } from './CountingSettings';
import { SettingsForm } from './SettingsForm';
import { SettingsTransfer } from './SettingsTransfer';
import { SourcesSection } from './SourcesSection';
import { useStored } from './use-stored';

/** Most common language of each country's outlets: the default for a source added there. */
function languagesByCountry(outlets: Outlet[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const o of outlets) {
    const byLang = counts.get(o.country) ?? new Map<string, number>();
    counts.set(o.country, byLang.set(o.language, (byLang.get(o.language) ?? 0) + 1));
  }
  return new Map([...counts].map(([c, byLang]) => [c, [...byLang].sort((a, b) => b[1] - a[1])[0][0]]));
}

/** The options page: sources, the reader's own sources, the index, and settings. Reads and writes the storage items. */
export function OptionsPage({ catalog, deps }: { catalog: Catalog | undefined; deps: OptionsDeps }) {
  const disabled = useStored(disabledSources);
  const overrides = useStored(ratingOverrides);
  const custom = useStored(customSources);
  const settings = useStored(indexSettings);
  const outlets = useMemo(() => [...(custom ?? []), ...(catalog?.outlets ?? [])], [custom, catalog]);
  const disabledSet = useMemo(() => new Set(disabled), [disabled]);
  const names = useMemo(() => new Map(outlets.map((o) => [o.id, o.name])), [outlets]);
  const form = useMemo((): CustomFormContext => {
    const shipped = catalog?.outlets ?? [];
    const langs = languagesByCountry(shipped);
    return {
      taken: new Set(outlets.map((o) => o.id)),
      countries: [...new Set(shipped.map((o) => o.country))].sort(),
      languages: [...new Set(shipped.map((o) => o.language))].sort(),
      languageFor: (c) => langs.get(c),
      verify: (url) => verifyFeed(url, { requestOrigins: deps.requestOrigins, fetch: deps.fetch }),
      today: () => new Date(deps.now()).toISOString().slice(0, 10),
    };
  }, [outlets, catalog, deps]);

  const toggle = (ids: string[], enabled: boolean) => {
    // Sources turned on ask for their hosts from this click; the worker gives back, on its own,
    // the hosts of sources turned off that no source still needs.
    if (enabled) {
      const byId = new Map(outlets.map((o) => [o.id, o]));
      const origins = originsFor(ids.flatMap((id) => byId.get(id) ?? []));
      if (origins.length) void deps.requestOrigins(origins).catch(() => false);
    }
    const next = new Set(disabled);
    for (const id of ids) enabled ? next.delete(id) : next.add(id);
    void disabledSources.setValue([...next].sort());
  };
  const override = (id: string, value: RatingOverride | undefined) => {
    const { [id]: _old, ...rest } = overrides ?? {};
    void ratingOverrides.setValue(value ? { ...rest, [id]: value } : rest);
  };
  const saveCustom = async (outlet: Outlet) => {
    const list = custom ?? [];
    const at = list.findIndex((o) => o.id === outlet.id);
    await customSources.setValue(at < 0 ? [...list, outlet] : list.map((o, i) => (i === at ? outlet : o)));
  };
  const removeCustom = async (id: string) => {
    // Its switch and rating go with it, so a later source of that name starts clean.
    await customSources.setValue((custom ?? []).filter((o) => o.id !== id));
    await disabledSources.setValue((disabled ?? []).filter((d) => d !== id));
  };

  if (!catalog || !disabled || !overrides || !custom || !settings) return <p role="status">{t('options_loadingSources')}</p>;
  return (
    <>
      <nav aria-label={t('options_navLabel')}>
        <a href="#sources-heading">{t('options_sourcesHeading')}</a> · <a href="#custom-heading">{t('options_customHeading')}</a> ·{' '}
        <a href="#index-heading">{t('options_navIndex')}</a> · <a href="#settings-heading">{t('options_settingsHeading')}</a> ·{' '}
        <a href="/about.html">{t('options_navAbout')}</a>
      </nav>
      <AccessSection deps={deps} welcomeHref="/welcome.html" />
      <SourcesSection
        outlets={outlets}
        disabled={disabledSet}
        overrides={overrides}
        onToggle={toggle}
        onOverride={override}
        feedLists={catalog.feedLists}
        customEditor={(o, close) => (
          <CustomSourceForm
            {...form}
            existing={o}
            onSave={async (x) => {
              await saveCustom(x);
              close();
            }}
            onClose={close}
          />
        )}
      />
      <CustomSources custom={custom} form={form} onSave={saveCustom} onRemove={removeCustom} />
      <IndexSection deps={deps} nameOf={(id) => names.get(id) ?? id} />
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('options_settingsHeading')}</h2>
        <SettingsForm value={settings} requestOrigins={deps.requestOrigins} onSave={(v) => indexSettings.setValue(v)} />
        <CountingSettings />
        <h3>{t('options_moveHeading')}</h3>
        <p class="fine">{t('options_moveIntro')}</p>
        <SettingsTransfer read={readSettings} write={writeSettings} download={deps.download} now={deps.now} />
      </section>
    </>
  );
}
