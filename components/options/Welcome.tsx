import { useState } from 'preact/hooks';
import type { Catalog } from '../../utils/model';
import { RegionPicker } from './RegionPicker';

export interface WelcomeProps {
  catalog: Catalog;
  /** Countries ticked at first (the browser's region). */
  initialCountries: string[];
  /** Writes the choice; resolves with how many sources are on. */
  onChoose: (countries: string[] | null) => Promise<number>;
  optionsHref: string;
}

/** The first-run page: what Parallax does, what it never sends, and which countries' sources to keep on. */
export function Welcome({ catalog, initialCountries, onChoose, optionsHref }: WelcomeProps) {
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const choose = async (countries: string[] | null) => {
    try {
      const on = await onChoose(countries);
      setError('');
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
          The catalog has {catalog.outlets.length} outlets from {new Set(catalog.outlets.map((o) => o.country)).size} countries. Fewer sources means fewer feeds
          to fetch; you can turn any of them on or off later.
        </p>
        <RegionPicker outlets={catalog.outlets} initial={initialCountries} onChoose={choose} />
        <p role="status">{done}</p>
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
