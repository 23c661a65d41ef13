import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Loaded } from '../../components/pages/Loaded';
import { StoryPage } from '../../components/pages/StoryPage';
import { titleDocument } from '../../components/pages/document-title';
import { t } from '../../utils/i18n/translate';
import { send } from '../../utils/messages';

// story.html?id=STORY[&from=URL of the reader's article]
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
// Asked first, before the first paint: the answer is on its way while the page draws its frame.
const asked = id ? send('storyPage', { id, currentUrl: params.get('from') ?? undefined }) : Promise.resolve(null);
titleDocument(t('pages_storyTitle'));
const load = async () => {
  const view = await asked;
  if (view) titleDocument(view.coverage.storyTitle);
  return view;
};

render(
  <Loaded current="story" load={load}>
    {(view) =>
      view ? (
        <StoryPage view={view} aboutHref={browser.runtime.getURL('/about.html')} />
      ) : (
        <div class="state">
          <h1>{t('pages_storyMissingTitle')}</h1>
          <p>{t('pages_storyMissingText')}</p>
        </div>
      )
    }
  </Loaded>,
  document.getElementById('app')!,
);
