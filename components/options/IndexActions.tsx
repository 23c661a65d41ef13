import { useState } from 'preact/hooks';
import type { Protocol } from '../../utils/messages';
import { ConfirmButton } from './ConfirmButton';
import { FileImport } from './FileImport';
import { Notes, type Note } from './Notes';
import { t, tn } from '../../utils/i18n/translate';

export interface IndexActionsProps {
  articles: number;
  /** Saves the index as a file; the news diet goes with it only when the reader ticks it. */
  exportIndex: (includeDiet: boolean) => Promise<void>;
  importIndex: (text: string) => Promise<Protocol['importIndex']['reply']>;
  clearIndex: () => Promise<void>;
}

/** Export the index to a file, replace it with one, or forget it. */
export function IndexActions({ articles, exportIndex, importIndex, clearIndex }: IndexActionsProps) {
  const [note, setNote] = useState<Note>();
  const [withDiet, setWithDiet] = useState(false);
  const attempt = (failed: (why: string) => string, run: () => Promise<Note>) =>
    run().then(setNote, (error: unknown) => setNote({ ok: false, text: failed(error instanceof Error ? error.message : String(error)) }));
  return (
    <div class="actions-block">
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            attempt(
              (why) => t('options_exportFailed', why),
              async () => {
                await exportIndex(withDiet);
                return { ok: true, text: withDiet ? t('options_exportedWithDiet') : t('options_exported') };
              },
            )
          }
        >
          {t('options_exportIndex')}
        </button>
        <label class="inline">
          <input type="checkbox" checked={withDiet} onChange={(e) => setWithDiet(e.currentTarget.checked)} />
          {t('options_includeDiet')}
        </label>
        <FileImport
          label={t('options_importIndex')}
          onText={(text, name) =>
            attempt(
              (why) => t('options_importFailed', why),
              async () => {
                const reply = await importIndex(text);
                return reply.ok
                  ? { ok: true, text: t('options_imported', tn('common_articles', reply.articles), name) }
                  : { ok: false, text: t('options_importRefused', name, reply.error) };
              },
            )
          }
        />
        <ConfirmButton
          label={t('options_clearOpen')}
          question={t('options_clearQuestion', tn('common_articles', articles))}
          confirm={t('options_clear')}
          onConfirm={() =>
            attempt(
              (why) => t('options_clearFailed', why),
              async () => {
                await clearIndex();
                return { ok: true, text: t('options_cleared') };
              },
            )
          }
        />
      </div>
      <Notes note={note} />
    </div>
  );
}
