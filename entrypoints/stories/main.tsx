import { render } from 'preact';
import { Loaded } from '../../components/pages/Loaded';
import { FIRST_QUERY, StoriesPage } from '../../components/pages/StoriesPage';
import { titleDocument } from '../../components/pages/document-title';
import { t } from '../../utils/i18n/translate';
import type { StoryQuery } from '../../utils/story-lists/list-query';
import { send } from '../../utils/messages';

titleDocument(t('pages_storiesTitle'));

const ask = (query: StoryQuery) => send('todayStories', query);
// Asked before the first paint: the answer is on its way while the page draws its frame.
const first = ask(FIRST_QUERY);
const load = () => first;

render(
  <Loaded current="stories" load={load}>
    {(list) => <StoriesPage first={list} ask={ask} />}
  </Loaded>,
  document.getElementById('app')!,
);
