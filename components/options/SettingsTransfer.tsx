import { useState } from 'preact/hooks';
import type { SettingsValues } from '../../utils/settings';
import { parseSettingsFile, toSettingsFile } from '../../utils/settings-file';
import { formatCount, t } from '../../utils/i18n/translate';
import { datedName } from './download';
import { FileImport } from './FileImport';
import { Notes, type Note } from './Notes';

export interface SettingsTransferProps {
  read: () => Promise<SettingsValues>;
  write: (values: SettingsValues) => Promise<void>;
  download: (filename: string, text: string) => void;
  now: () => number;
}

/** All settings and custom sources as one file: save a copy, or bring one in (checked whole first). */
export function SettingsTransfer({ read, write, download, now }: SettingsTransferProps) {
  const [note, setNote] = useState<Note>();
  const save = async () => {
    const file = toSettingsFile(await read(), new Date(now()));
    download(datedName('parallax-settings', now()), JSON.stringify(file, null, 2));
    setNote({
      ok: true,
      text: t(
        'options_settingsExported',
        formatCount(file.customSources.length),
        formatCount(file.disabledSources.length),
        formatCount(Object.keys(file.ratingOverrides).length),
      ),
    });
  };
  const load = async (text: string, name: string) => {
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) return setNote({ ok: false, text: t('options_settingsRefused', name, parsed.error) });
    await write(parsed.values);
    const url = parsed.values.indexSettings.indexUrl;
    // A file cannot grant a host permission: the reader does, by saving the settings form.
    setNote({ ok: true, text: url ? t('options_settingsImportedUrl', name, url) : t('options_settingsImported', name) });
  };
  const fail = (error: unknown) => setNote({ ok: false, text: error instanceof Error ? error.message : String(error) });
  return (
    <div class="actions-block">
      <div class="actions">
        <button type="button" onClick={() => void save().catch(fail)}>
          {t('options_exportSettings')}
        </button>
        <FileImport label={t('options_importSettings')} onText={(text, name) => load(text, name).catch(fail)} />
      </div>
      <Notes note={note} />
    </div>
  );
}
