/**
 * Story ids derive from the URL of the story's first article, so rebuilding an index from the same
 * feed gives the same ids, and a worker that resumes from rows never renumbers anything.
 */

/** 53-bit FNV-1a style hash (two 32-bit lanes), in base 36. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff)).toString(36);
}

/** A story id for a story first seen at `url`, unique among `taken` ids. */
export function storyIdFor(url: string, taken: { has(id: string): boolean }): string {
  const base = `s-${hash(url)}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}
