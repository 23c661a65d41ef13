/**
 * Room on the disk before the index is written. On a disk that fills up, Chromium's IndexedDB
 * fails in ways that can cost what was already committed: a failed LevelDB write makes it treat
 * the backing store as corrupt and delete it. So a refresh or an import writes nothing unless the
 * disk still has a margin of free space.
 *
 * `navigator.storage.estimate()` is not enough on its own: Chromium 156 keeps reporting the quota
 * it worked out at start-up (about 1 GB on a 256 MB disk left with 250 KB free). So the margin is
 * also proved by writing it: a probe file of that size in the origin private file system, which is
 * kept apart from IndexedDB's files and removed at once.
 */

/** Free space a refresh keeps: more than one source's or one batch's write needs. */
export const HEADROOM_BYTES = 8 * 1024 * 1024;

/** What the headroom rule reads: the quota estimate, and a write of `bytes` that can fail. */
export interface DiskProbe {
  estimate(): Promise<{ quota?: number; usage?: number }>;
  /** Writes and removes `bytes` bytes outside the index; rejects when the disk cannot hold them. */
  write(bytes: number): Promise<void>;
}

/** The error a write refused for lack of room throws: read as "storage full" by `isStorageFull`. */
export function noRoomError(): Error {
  const error = new Error('Not enough free disk space to save the index safely.');
  error.name = 'QuotaExceededError';
  return error;
}

/** Whether `need` bytes plus the margin fit: the estimate first, then a probe write of that size. */
export async function hasRoom(probe: DiskProbe, need = 0): Promise<boolean> {
  const bytes = HEADROOM_BYTES + Math.max(0, need);
  const { quota, usage } = await probe.estimate().catch(() => ({ quota: undefined, usage: undefined }));
  if (quota !== undefined && quota - (usage ?? 0) < bytes) return false;
  try {
    await probe.write(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Guards a run of writes: the first call probes; later calls probe again once the writes since
 * the last probe may have used half the margin. Throws `noRoomError()` when there is no room.
 */
export function headroomGuard(probe: DiskProbe | undefined) {
  let since = Number.POSITIVE_INFINITY;
  // Checks run one after another, so sources saved at once do not probe at once.
  let queue: Promise<unknown> = Promise.resolve();
  const check = async (bytes: number): Promise<void> => {
    if (!probe) return;
    if (since + bytes < HEADROOM_BYTES / 2) {
      since += bytes;
      return;
    }
    if (!(await hasRoom(probe, bytes))) throw noRoomError();
    since = bytes;
  };
  return (bytes: number): Promise<void> => {
    const next = queue.then(() => check(bytes));
    queue = next.catch(() => undefined);
    return next;
  };
}

const PROBE_FILE = 'parallax-headroom-probe';

/** A refusal for lack of room; Chromium says "AbortError" for the first write a full disk fails. */
const isNoRoom = (error: unknown) => ['QuotaExceededError', 'AbortError'].includes((error as { name?: string } | null)?.name ?? '');

/** The browser's probe: `navigator.storage` and a file in the origin private file system. */
export function browserDiskProbe(): DiskProbe | undefined {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate || !storage.getDirectory) return undefined;
  return {
    estimate: () => storage.estimate(),
    async write(bytes) {
      // Where no file of the private file system can be opened (a browser without it, a private
      // window), nothing is proved: the index is written as before, not refused for ever.
      const opened = await storage
        .getDirectory()
        .then(async (dir) => ({ dir, writable: await (await dir.getFileHandle(PROBE_FILE, { create: true })).createWritable() }))
        .catch((error: unknown) => (isNoRoom(error) ? Promise.reject(error) : undefined));
      if (!opened) return;
      const { writable } = opened;
      try {
        // Written in 1 MB parts: a failing part stops the probe without a large buffer in memory.
        const part = new Uint8Array(Math.min(bytes, 1 << 20));
        try {
          for (let left = bytes; left > 0; left -= part.length) await writable.write(left < part.length ? part.subarray(0, left) : part);
          await writable.close();
        } catch (error) {
          await writable.abort().catch(() => undefined);
          throw error;
        }
      } finally {
        await opened.dir.removeEntry(PROBE_FILE).catch(() => undefined);
      }
    },
  };
}
