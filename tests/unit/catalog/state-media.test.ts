/**
 * The State Media Matrix as an ownership source: its models on the six-kind scale, matching by
 * domain, rows that disagree matching nobody, Kagi's media data going first, and every value in
 * public/catalog.json being the one the copied matrix gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { indexMediaData, mediaRecordFor } from '../../../scripts/catalog/lists/media-data';
import { readMediaData, readStateMedia } from '../../../scripts/catalog/lists/read';
import {
  type StateMediaRow,
  indexStateMedia,
  parseStateMedia,
  stateMediaOwnership,
  stateMediaRowFor,
  withStateMediaOwnership,
} from '../../../scripts/catalog/lists/state-media';
import type { Catalog, Ownership } from '../../../utils/model';

const row = (url: string, typology: string, company = 'Co'): StateMediaRow => ({ company, url, typology });

describe('the matrix read and mapped', () => {
  test('reads company, URL and model from the CSV columns', () => {
    const rows = parseStateMedia('Country,Media company,Main assets,URL,Typology\nRussia,"Rossiya Segodnya",RIA,https://ria.ru/,SC\n');
    expect(rows).toEqual([{ company: 'Rossiya Segodnya', url: 'https://ria.ru/', typology: 'SC' }]);
  });

  test('state-funded where the state directly funds, public where it only manages, unknown for captured or uncertain models', () => {
    const kinds = ['SC', 'ISFM', 'ISF', 'ISM', 'IP', 'CaPu', 'CaPr', 'ISFM?', ''].map((t) => stateMediaOwnership(row('x.org', t), 's').kind);
    expect(kinds).toEqual(['state-funded', 'state-funded', 'state-funded', 'public', 'public', 'unknown', 'unknown', 'unknown', 'unknown']);
  });

  test('the owner is the media company, without the matrix footnote mark, and carries its source', () => {
    expect(stateMediaOwnership(row('vesti.ru', 'SC', 'VGTRK*'), 'state-media-matrix')).toEqual({
      kind: 'state-funded',
      owner: 'VGTRK',
      source: 'state-media-matrix',
    });
  });
});

describe('matching', () => {
  test('an exact host first, then the registrable domain; a bare host without scheme works', () => {
    const index = indexStateMedia([row('https://www3.nhk.or.jp/', 'CaPu', 'NHK'), row('www.bayontv.com.kh', 'CaPr', 'Bayon')]);
    expect(stateMediaRowFor(index, ['nhk.or.jp'])?.company).toBe('NHK');
    expect(stateMediaRowFor(index, ['bayontv.com.kh'])?.company).toBe('Bayon');
    expect(stateMediaRowFor(index, ['example.com'])).toBeUndefined();
  });

  test('a domain whose rows name another company or model matches nobody', () => {
    const index = indexStateMedia([row('https://a.shared.com/', 'SC', 'A'), row('https://b.shared.com/', 'IP', 'B'), row('https://a.shared.com/x', 'SC', 'A')]);
    expect(stateMediaRowFor(index, ['shared.com'])).toBeUndefined();
    expect(stateMediaRowFor(index, ['a.shared.com'])?.company).toBe('A');
  });

  test('an outlet that already has ownership keeps it', () => {
    const kagi: Ownership = { kind: 'public', owner: 'Kagi says', source: 'kite-media' };
    const out = withStateMediaOwnership(
      [{ domains: ['bbc.co.uk'], ownership: kagi }, { domains: ['rt.com'] }],
      [row('https://bbc.co.uk/', 'IP', 'BBC'), row('https://rt.com/', 'SC', 'RT')],
      'smm',
    );
    expect(out.map((o) => o.ownership)).toEqual([kagi, { kind: 'state-funded', owner: 'RT', source: 'smm' }]);
  });
});

describe('public/catalog.json', () => {
  const { outlets } = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as Catalog;
  const fromMatrix = outlets.filter((o) => o.ownership?.source === 'state-media-matrix');

  test('every value from the matrix is what the copied matrix gives, for an outlet the media data does not cover', () => {
    const index = indexStateMedia(readStateMedia());
    const media = indexMediaData(readMediaData());
    expect(fromMatrix.length).toBeGreaterThan(0);
    for (const o of fromMatrix) {
      expect(mediaRecordFor(media, o.domains), o.id).toBeUndefined();
      const r = stateMediaRowFor(index, o.domains);
      expect(r && stateMediaOwnership(r, 'state-media-matrix'), o.id).toEqual(o.ownership);
    }
  });

  test('the state media the media data misses are labelled', () => {
    const kind = (id: string) => outlets.find((o) => o.id === id)?.ownership?.kind;
    const ids = ['cgtn', 'global-times', 'china-daily', 'xinhua', 'sputnik', 'radio-free-asia'];
    expect(ids.map(kind)).toEqual(ids.map(() => 'state-funded'));
  });
});
