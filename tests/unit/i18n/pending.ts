/** Component files whose words are not yet read from the bundle: this list only shrinks, and is empty when every view is translated. */
export const PENDING = new Set<string>([]);
