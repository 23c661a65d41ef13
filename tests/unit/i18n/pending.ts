/** Component files whose words are not yet read from the bundle: this list only shrinks, and is empty when every view is translated. */
export const PENDING = new Set([
  'components/AccessNotice.tsx',
  'components/ArticleItem.tsx',
  'components/ArticleList.tsx',
  'components/BiasBar.tsx',
  'components/Copies.tsx',
  'components/CoverageSummary.tsx',
  'components/FactualityBar.tsx',
  'components/OutletCard.tsx',
  'components/OwnershipLine.tsx',
  'components/Popup.tsx',
  'components/RefreshProgress.tsx',
  'components/pages/PopupLinks.tsx',
  'entrypoints/popup/App.tsx',
]);
