import { render } from 'preact';
import { BlindspotsPage } from '../../components/pages/BlindspotsPage';
import { Loaded } from '../../components/pages/Loaded';
import { titleDocument } from '../../components/pages/document-title';
import { t } from '../../utils/i18n/translate';
import { send } from '../../utils/messages';

titleDocument(t('pages_blindspotsTitle'));

const load = () => send('storyList', {});

render(
  <Loaded current="blindspots" load={load}>
    {(list) => <BlindspotsPage stories={list.stories} now={list.now} rule={list.blindspotRule} />}
  </Loaded>,
  document.getElementById('app')!,
);
