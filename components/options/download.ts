/** Saves text as a file through a Blob URL (extension pages need no downloads permission for this). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download at once; the URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `parallax-settings-2024-05-01.json`. */
export function datedName(prefix: string, now: number): string {
  return `${prefix}-${new Date(now).toISOString().slice(0, 10)}.json`;
}
