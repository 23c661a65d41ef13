/** The static index format: manifest, deltas, update plan and digests (one entry for callers). */
export * from './schema';
export * from './delta';
export { sha256Hex } from './digest';
