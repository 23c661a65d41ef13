import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Loaded } from '../../components/pages/Loaded';
import { StoryPage } from '../../components/pages/StoryPage';
import { send } from '../../utils/messages';

// story.html?id=STORY[&from=URL of the reader's article]
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
// Asked before the first paint: the answer is on its way while the page draws its frame.
const asked = id ? send('storyPage', { id, currentUrl: params.get('from') ?? undefined }) : Promise.resolve(null);
const load = async () => {
  const view = await asked;
  if (view) document.title = `${view.coverage.storyTitle} · Parallax`;
  return view;
};

render(
  <Loaded current="story" load={load}>
    {(view) =>
      view ? (
        <StoryPage view={view} aboutHref={browser.runtime.getURL('/about.html')} />
      ) : (
        <div class="state">
          <h1>This story is not in your index</h1>
          <p>It may have been dropped by retention, or its sources turned off. Today’s stories lists what the index holds.</p>
        </div>
      )
    }
  </Loaded>,
  document.getElementById('app')!,
);
