import { render } from 'preact';
import { DietPage } from '../../components/pages/DietPage';
import { Loaded } from '../../components/pages/Loaded';
import { dietEnabled } from '../../utils/diet/diet-store';
import { titleDocument } from '../../components/pages/document-title';
import { t } from '../../utils/i18n/translate';
import { send } from '../../utils/messages';

titleDocument(t('pages_dietTitle'));

const load = () => send('dietView', {});

render(
  <Loaded current="diet" load={load}>
    {(view, reload) => (
      <DietPage
        view={view}
        now={Date.now()}
        onEnable={(on) => void dietEnabled.setValue(on).then(reload)}
        onClear={async () => {
          const { removed } = await send('clearDiet', {});
          reload();
          return removed;
        }}
      />
    )}
  </Loaded>,
  document.getElementById('app')!,
);
