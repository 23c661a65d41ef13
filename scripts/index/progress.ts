/** A one-line progress bar on a terminal (stderr), redrawn in place; nothing when not a TTY. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30) {
  let last = '';
  return {
    update(done: number, total: number): void {
      if (!stream.isTTY || total === 0) return;
      const filled = Math.round((done / total) * width);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} feeds`;
      if (line === last) return;
      last = line;
      stream.write(`\r${line}`);
    },
    end(): void {
      if (stream.isTTY && last) stream.write('\n');
    },
  };
}
