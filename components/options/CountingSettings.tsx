import { countCarriers, storyCorrections } from '../../utils/settings';
import { useStored } from './use-stored';

/** Whether copies of a wire report count in the mix, and the reader's story corrections (each undoable). */
export function CountingSettings() {
  const counting = useStored(countCarriers);
  const corrections = useStored(storyCorrections);
  if (counting === undefined || corrections === undefined) return null;
  return (
    <fieldset class="counting-settings">
      <legend>Counting coverage</legend>
      <label class="inline">
        <input type="checkbox" checked={counting} onChange={(e) => void countCarriers.setValue(e.currentTarget.checked)} />
        Count outlets that only carried a wire copy in the bias and factuality mix and the blindspot
      </label>
      <p class="fine">
        Off by default: ten sites running one Reuters report are one report, not ten. The popup always says how many outlets reported a story and how many
        carried a copy.
      </p>
      <p class="fine">
        {corrections.length === 0
          ? 'You have not taken any article out of a story.'
          : `You took ${corrections.length} ${corrections.length === 1 ? 'article' : 'articles'} out of stories (“Not this story”). They stay on this device and travel with your settings file.`}
      </p>
      {corrections.length > 0 && (
        <ul class="corrections">
          {corrections.map((c) => (
            <li key={`${c.storyId} ${c.url}`}>
              {c.title}{' '}
              <button type="button" class="link" onClick={() => void storyCorrections.setValue(corrections.filter((x) => x !== c))}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
