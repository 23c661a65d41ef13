import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The demo snapshot the tests load: kept with the demo's data, or (older layout) shipped in public/. */
export const DEMO_INDEX = ['scripts/demo/data/demo-index.json', 'public/demo-index.json'].map((p) => resolve(p)).find((p) => existsSync(p)) ?? '';
