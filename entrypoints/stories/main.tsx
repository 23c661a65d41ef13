import { render } from 'preact';
import { Loaded } from '../../components/pages/Loaded';
import { StoriesPage } from '../../components/pages/StoriesPage';
import { send } from '../../utils/messages';

const load = () => send('storyList', {});

render(
  <Loaded current="stories" load={load}>
    {(list) => <StoriesPage stories={list.stories} now={list.now} />}
  </Loaded>,
  document.getElementById('app')!,
);
