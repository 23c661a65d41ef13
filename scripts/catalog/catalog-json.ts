import type { Catalog } from '../../utils/model';

/**
 * Serialises the catalog with one outlet per line: small enough to bundle, and a change to an
 * outlet shows up as a one-line diff.
 */
export function formatCatalog(catalog: Catalog): string {
  const lines = catalog.outlets.map((outlet) => `    ${JSON.stringify(outlet)}`);
  const sources = catalog.ratingSources.map((source) => `    ${JSON.stringify(source)}`);
  const listed = (key: 'feedLists' | 'ownershipSources') =>
    catalog[key] ? [`  "${key}": [`, catalog[key].map((source) => `    ${JSON.stringify(source)}`).join(',\n'), '  ],'] : [];
  return [
    '{',
    `  "version": ${JSON.stringify(catalog.version)},`,
    `  "generated": ${JSON.stringify(catalog.generated)},`,
    '  "ratingSources": [',
    sources.join(',\n'),
    '  ],',
    ...listed('feedLists'),
    ...listed('ownershipSources'),
    '  "outlets": [',
    lines.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
