import { useState } from 'preact/hooks';
import type { StoryPageView } from '../../utils/story-lists/story-page';
import { ArticleList } from '../ArticleList';
import { BiasBar } from '../BiasBar';
import { BlindspotFlag, CoverageDetails, StorySummary } from '../CoverageSummary';
import { FactualityBar } from '../FactualityBar';
import { Choice } from '../SourceFiltersBar';
import { OutletOrigins, OwnershipMix } from './StoryFacts';
import { languageName, regionName } from '../options/display-names';
import { TimelineChart } from './TimelineChart';
import { t, tn } from '../../utils/i18n/translate';

/** Every article, grouped by bias, filterable by bias, country and language; the reader's own marked. */
function StoryArticles({ view }: { view: StoryPageView }) {
  const [country, setCountry] = useState<string>();
  const [language, setLanguage] = useState<string>();
  const facts = (id: string) => view.outlets[id];
  const articles = view.coverage.articles.filter(
    (a) => (!country || facts(a.outletId)?.country === country) && (!language || facts(a.outletId)?.language === language),
  );
  const filters = (
    <div class="list-controls">
      <Choice
        label={t('pages_filterCountry')}
        value={country}
        options={view.byCountry.filter((c) => c.key !== 'unknown').map((c) => [c.key, regionName(c.key)])}
        onChange={setCountry}
      />
      <Choice
        label={t('pages_filterLanguage')}
        value={language}
        options={view.byLanguage.filter((l) => l.key !== 'unknown').map((l) => [l.key, languageName(l.key)])}
        onChange={setLanguage}
      />
    </div>
  );
  return (
    <>
      <ArticleList articles={articles} foldOver={Infinity} moreFilters={filters} />
      {articles.length === 0 && <p role="status">{t('pages_storyNoArticleFiltered')}</p>}
    </>
  );
}

/** The full story page: everything the popup says about a story, and what a popup has no room for. */
export function StoryPage({ view, aboutHref }: { view: StoryPageView; aboutHref: string }) {
  const c = view.coverage;
  return (
    <>
      <header class="story-head">
        <h1 dir="auto">{c.storyTitle}</h1>
        <p class="covered">
          {t('pages_storyArticlesFrom', tn('common_articles', c.totalArticles), tn('common_outlets', c.outlets))}
          {c.unrated > 0 && <span class="fine"> {tn('pages_storyUnrated', c.unrated)}</span>}
        </p>
      </header>
      <StorySummary summary={c.summary} />
      <div class="columns">
        <div>
          <BiasBar shares={c.bias} />
          <BlindspotFlag blindspot={c.blindspot} />
          <FactualityBar shares={c.factuality} aboutHref={aboutHref} />
          <OwnershipMix ownership={view.ownership} />
        </div>
        <div>
          <CoverageDetails coverage={c} />
          <OutletOrigins view={view} />
          <TimelineChart articles={c.articles} />
        </div>
      </div>
      <StoryArticles view={view} />
    </>
  );
}
