import { render } from 'preact';
import { Loaded } from '../../components/pages/Loaded';
import { StoriesPage } from '../../components/pages/StoriesPage';
import { titleDocument } from '../../components/pages/document-title';
import { t } from '../../utils/i18n/translate';
import { send } from '../../utils/messages';

titleDocument(t('pages_storiesTitle'));

const load = () => send('storyList', {});

render(
  <Loaded current="stories" load={load}>
    {(list) => <StoriesPage stories={list.stories} now={list.now} />}
  </Loaded>,
  document.getElementById('app')!,
);
