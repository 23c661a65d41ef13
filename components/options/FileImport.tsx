/** A labelled file picker that hands over the chosen file's text, then resets so the same file can be picked again. */
export function FileImport({ label, onText }: { label: string; onText: (text: string, name: string) => void | Promise<void> }) {
  return (
    <label class="file-import">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          await onText(await file.text(), file.name);
          input.value = '';
        }}
      />
    </label>
  );
}
