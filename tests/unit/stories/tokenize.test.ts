import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../utils/stories';

const terms = (text: string, lang?: string): string[] => tokenize(text, { lang }).map((t) => t.term);

describe('folding: accents stripped, ß -> ss, lower case', () => {
  test.each([
    ['Élysée', 'elysee'],
    ['Straße', 'strasse'],
    ['São Paulo', 'sao paulo'],
    ['ÇA VA', 'ca va'],
    ['plain', 'plain'],
    // A language without a stemmer, so the folded words come out as they are.
  ])('%s -> %s', (input, expected) => expect(terms(input, 'xx')).toEqual(expected.split(' ')));
});

describe('stemming, by language', () => {
  test.each([
    ['votes', 'en', 'vot'],
    ['voted', 'en', 'vot'],
    ['voting', 'en', 'vot'],
    ['vote', 'en', 'vot'],
    ['policies', 'en', 'polici'],
    ['policy', 'en', 'polici'],
    ['running', 'en', 'run'],
    ['stopped', 'en', 'stop'],
    ['press', 'en', 'press'],
    ['crisis', 'en', 'crisis'],
    ['spring', 'en', 'spring'],
    ['speed', 'en', 'speed'],
    ['2030', 'en', '2030'],
    ['regeln', 'de', 'regel'],
    ['elecciones', 'es', 'eleccion'],
    ['presidente', 'it', 'president'],
    ['bus', 'en', 'bus'],
  ])('%s (%s) -> %s', (word, lang, expected) => expect(terms(word, lang)).toEqual([expected]));
});

describe('tokenize', () => {
  test('drops stop words and day words, keeps numbers', () => {
    expect(terms('Biden to target 50%-52% reduction in emissions by 2030 on Thursday')).toEqual([
      'biden',
      'target',
      '50',
      '52',
      'reduction',
      'emission',
      '2030',
    ]);
  });

  test('joins dotted acronyms and thousands, keeps decimals', () => {
    expect(terms('The U.S. adds 2,000 jobs, 1.8% more')).toEqual(['us', 'add', '2000', 'job', '1.8']);
  });

  test('strips possessives and French elision', () => {
    expect(terms("Macron's plan")).toEqual(['macron', 'plan']);
    expect(terms("l'Assemblée nationale vote la loi", 'fr')).toEqual(['assemble', 'national', 'vote', 'loi']);
  });

  test('uses the language given, or guesses it from stop words', () => {
    // German "die" and "war" are English content words.
    expect(terms('Die Regierung war am Montag in Berlin', 'de')).toEqual(['regierung', 'berlin']);
    expect(terms('Die Regierung war am Montag in Berlin')).toEqual(['regierung', 'berlin']);
    expect(terms('Why soldiers die in war')).toEqual(['soldier', 'die', 'war']);
  });

  test('flags names only where capitals are informative', () => {
    const sentence = tokenize('Police in Ohio released video of the shooting');
    expect(sentence.filter((t) => t.name).map((t) => t.term)).toEqual(['ohio']);
    const titleCase = tokenize('Police In Ohio Release Video Of The Shooting');
    expect(titleCase.some((t) => t.name)).toBe(false);
  });

  test('keeps an acronym that spells a stop word in sentence-case text', () => {
    expect(terms('US stocks slip after weak data from China')).toContain('us');
    expect(terms('Tell us what you think')).not.toContain('us');
  });

  test('flags numbers', () => {
    expect(tokenize('13 troops killed').map((t) => t.number)).toEqual([true, false, false]);
  });

  test('empty and punctuation-only text give no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — !!! ')).toEqual([]);
  });
});

describe('language guessed from stop words when not given', () => {
  test.each([
    ['the vote and the law', 'en'],
    ['der die das und ist', 'de'],
    ['le la les et dans', 'fr'],
    ['el los las y del', 'es'],
    ['why soldiers die in war', 'en'],
    ['die Regierung war am in', 'de'],
    ['xyz qqq votes', 'en'], // no stop word at all: read as English
  ])('%s -> %s', (text, lang) => {
    expect(tokenize(text)).toEqual(tokenize(text, { lang }));
    // Each text reads differently in another language, so the comparison can fail.
    expect(tokenize(text)).not.toEqual(tokenize(text, { lang: lang === 'de' ? 'en' : 'de' }));
  });
});
