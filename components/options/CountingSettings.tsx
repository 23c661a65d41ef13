import { countCarriers, storyCorrections } from '../../utils/settings';
import { t, tn } from '../../utils/i18n/translate';
import { useStored } from './use-stored';

/** Whether copies of a wire report count in the mix, and the reader's story corrections (each undoable). */
export function CountingSettings() {
  const counting = useStored(countCarriers);
  const corrections = useStored(storyCorrections);
  if (counting === undefined || corrections === undefined) return null;
  return (
    <fieldset class="counting-settings">
      <legend>{t('options_countingLegend')}</legend>
      <label class="inline">
        <input type="checkbox" checked={counting} onChange={(e) => void countCarriers.setValue(e.currentTarget.checked)} />
        {t('options_countCarriers')}
      </label>
      <p class="fine">{t('options_countCarriersNote')}</p>
      <p class="fine">{corrections.length === 0 ? t('options_correctionsNone') : tn('options_corrections', corrections.length)}</p>
      {corrections.length > 0 && (
        <ul class="corrections">
          {corrections.map((c) => (
            <li key={`${c.storyId} ${c.url}`}>
              <bdi>{c.title}</bdi>{' '}
              <button type="button" class="link" onClick={() => void storyCorrections.setValue(corrections.filter((x) => x !== c))}>
                {t('options_undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
