import { useState } from 'preact/hooks';
import type { SourceChoice } from '../../utils/access';
import type { Catalog } from '../../utils/model';
import type { IndexStatus } from '../../utils/views';
import { FirstRefresh } from './FirstRefresh';
import { RegionPicker } from './RegionPicker';

export interface WelcomeProps {
  catalog: Catalog;
  /** Countries ticked at first (the browser's region). */
  initialCountries: string[];
  /**
   * Writes the choice and asks for its hosts; resolves with how many sources are on and whether
   * access was allowed. Called straight from the click, so the browser can show its prompt.
   */
  onChoose: (countries: string[] | null) => Promise<SourceChoice>;
  /** The worker's index status, for the first refresh's progress. */
  indexStatus: () => Promise<IndexStatus>;
  optionsHref: string;
}

/** The first-run page: what Parallax does, what it never sends, and which countries' sources to keep on. */
export function Welcome({ catalog, initialCountries, onChoose, indexStatus, optionsHref }: WelcomeProps) {
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const [granted, setGranted] = useState<boolean>();
  const choose = async (countries: string[] | null) => {
    try {
      const { on, granted } = await onChoose(countries);
      setError('');
      setGranted(granted);
      setDone(
        countries
          ? `Done: ${on} sources from ${countries.length === 1 ? 'that country' : 'those countries'} are on, the others off.`
          : `Done: all ${on} sources are on.`,
      );
    } catch (e) {
      setError(`Your choice was not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <main class="welcome">
      <h1>Welcome to Parallax</h1>
      <p class="lead">
        When you read a news article, Parallax shows which other outlets covered the same story, how their bias and factuality ratings spread, and which side
        barely covered it.
      </p>
      <section aria-labelledby="privacy-heading" class="panel">
        <h2 id="privacy-heading">What stays on this device</h2>
        <ul>
          <li>The pages you read never leave your device. Parallax matches them against an index it keeps in your browser.</li>
          <li>It keeps no history of what you read, and sends nothing about you anywhere.</li>
          <li>Its only requests are to the news feeds of the sources you keep on, to build that index, or, if you set one, to a static index URL you trust.</li>
        </ul>
      </section>
      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">Choose your sources</h2>
        <p>
          The catalog has {catalog.outlets.length} outlets from {new Set(catalog.outlets.map((o) => o.country)).size} countries. Your browser then asks you to
          let Parallax read their feeds and recognise articles on their sites: only those sources' sites, nothing else. Fewer sources means fewer feeds to
          fetch; you can turn any of them on or off later.
        </p>
        <RegionPicker outlets={catalog.outlets} initial={initialCountries} onChoose={choose} />
        <p role="status">{done}</p>
        {granted === false && (
          <p role="alert" class="error">
            Parallax was not allowed to read those sources, so it cannot build your story index. Clicking its icon on an article still shows that outlet’s
            ratings. Choose again to allow access, or allow it later from the popup or the options page.
          </p>
        )}
        {granted && <FirstRefresh indexStatus={indexStatus} />}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </section>
      <p>
        <a href={optionsHref}>Open the options page</a> to search sources, set your own ratings, add a feed of your own, or change how often the index
        refreshes.
      </p>
    </main>
  );
}
