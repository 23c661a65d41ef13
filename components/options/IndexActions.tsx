import { useState } from 'preact/hooks';
import type { Protocol } from '../../utils/messages';
import { ConfirmButton } from './ConfirmButton';
import { FileImport } from './FileImport';
import { Notes, type Note } from './Notes';
import { tn } from '../../utils/i18n/translate';

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
  const attempt = (what: string, run: () => Promise<Note>) =>
    run().then(setNote, (error: unknown) => setNote({ ok: false, text: `${what} failed: ${error instanceof Error ? error.message : String(error)}` }));
  return (
    <div class="actions-block">
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            attempt('Export', async () => {
              await exportIndex(withDiet);
              return { ok: true, text: withDiet ? 'The index and your news diet were saved as a file.' : 'The index was saved as a file.' };
            })
          }
        >
          Export the index
        </button>
        <label class="inline">
          <input type="checkbox" checked={withDiet} onChange={(e) => setWithDiet(e.currentTarget.checked)} />
          Include my news diet
        </label>
        <FileImport
          label="Import an index file"
          onText={(text, name) =>
            attempt('Import', async () => {
              const reply = await importIndex(text);
              return reply.ok
                ? { ok: true, text: `Imported ${tn('common_articles', reply.articles)} from ${name}.` }
                : { ok: false, text: `${name} was not imported, and the index is unchanged: ${reply.error}` };
            })
          }
        />
        <ConfirmButton
          label="Clear the index…"
          question={`Forget all ${tn('common_articles', articles)}? Your sources and settings stay.`}
          confirm="Clear the index"
          onConfirm={() =>
            attempt('Clearing', async () => {
              await clearIndex();
              return { ok: true, text: 'The index is empty. “Refresh now” fills it again.' };
            })
          }
        />
      </div>
      <Notes note={note} />
    </div>
  );
}
