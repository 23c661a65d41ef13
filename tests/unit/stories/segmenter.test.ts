import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleTerms, StoryIndex, tokenize } from '../../../utils/stories';

/** Real headlines and link texts (tests/fixtures/segmenter/README.md says where each is from). */
interface Fixture {
  headlines: { lang: string; outlet: string; title: string; story?: string; from: string }[];
  background: Record<string, string[]>;
  categoryNames: { lang: string; category: string; name: string }[];
}
const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/segmenter/headlines.json', import.meta.url), 'utf8')) as Fixture;
const HEADLINES = FIXTURE.headlines;
const BACKGROUND = Object.values(FIXTURE.background).flat();
const headline = (start: string): string => {
  const found = HEADLINES.find((h) => h.title.startsWith(start));
  if (!found) throw new Error(`no fixture headline starts with ${start}`);
  return found.title;
};
const category = (name: string): string => FIXTURE.categoryNames.find((c) => c.category === name && c.lang === 'th')?.name ?? '';
const terms = (text: string, lang?: string): string[] => tokenize(text, { lang }).map((t) => t.term);

describe('words of scripts written without spaces, as Intl.Segmenter splits them', () => {
  test.each([
    ['Microsoftが2022年8月', 'microsoft 2022 8 windows 月例 セキュリティ 更新 プログラム 公開 121 脆弱 対処'],
    ['稚内のスーパー', '稚内 スーパー 240 ケーキ 2400 発注 twitter 助け 求める 2 時間 完売'],
    ['バルセロナ', 'バルセロナ マン 先勝 cl 準々 決勝 1'],
    ['宇航员', '宇航 太空 喝酒 后果 严重'],
    ['DeepMind', 'deepmind 电脑 利用 记忆 自学 人工 智能 台阶'],
    ['教育部', '教育部 中国 成为 世界 最大 留学 输出'],
    ['公安破获', '公安 破获 象牙 案件'],
    ['新竹尖石', '新竹 尖石 美樹 營地 2'],
  ])('%s… -> %s', (start, words) => expect(terms(headline(start))).toEqual(words.split(' ')));

  test.each([
    ['Climate Change', 'ภาวะ โลก ร้อน'],
    ['Diplomacy', 'ทูต'], // การ (the "-ing"/"-ion" prefix) is a stop word
    ['Cambodia', 'กัมพูชา'],
    ['UK | Scotland', 'สห ราช อาณาจักร สกอตแลนด์'],
  ])('Thai: %s', (name, words) => expect(terms(category(name))).toEqual(words.split(' ')));

  // Real Thai headlines; folding turns ำ into ํ + า (NFKD), so the expected words are folded the same way.
  test.each([
    ['นายกรัฐมนตรีตรวจพื้นที่', 'นายก รัฐมนตรี ตรวจ พื้นที่ เสีย หาย อุทกภัย จ.สุโขทัย ยืนยัน รัฐบาล ส.ส พรรค ร่วม รัฐบาล ดูแล คน ทุก กลุ่ม'],
    ['เคาะ 3 มาตรการ', 'เคาะ 3 มาตรการ กระตุ้น ใช้ จ่าย จ้าง งาน เด็ก จบ ใหม่'],
    ['อนุมัติงบกลาง', 'อนุมัติ งบ กลาง 1000 ล้าน หนุน ผลิต วัคซีน ต้าน โค วิด 19'],
    ['ขยาย Free Wi-Fi', 'ขยาย free wi fi เมือง 10 จุด ภายใน ก.ย'],
    ['‘ก.แรงงาน’', 'ก.แรงงาน จับ มือ ออมสิน ปลด หนี้ นอก ระบบ แรงงาน'],
    [
      'นายกรัฐมนตรีตรวจเยี่ยม',
      'นายก รัฐมนตรี ตรวจ เยี่ยม กำลัง ใจ ผู้ ประสบ อุทกภัย จ.สุโขทัย สั่ง เร่ง เยียวยา บรรเทา เดือด ร้อน ภาค การเกษตร กำชับ จังหวัด รับ ฟัง คิด เห็น ประชาชน ย้ำ สร้าง ร่วม มือ ไทย สร้าง ชาติ',
    ],
  ])('Thai headline %s… -> %s', (start, words) => expect(terms(headline(start))).toEqual(words.normalize('NFKD').split(' ')));

  test('Korean is written with spaces and keeps its words as they are', () => {
    const korean = FIXTURE.categoryNames.filter((c) => c.lang === 'ko');
    expect(korean.length).toBeGreaterThan(5);
    // Folding decomposes Hangul syllables (NFKD), on both sides of every comparison.
    for (const { name } of korean) expect(terms(name).map((w) => w.normalize('NFC'))).toEqual(name.split(' '));
  });

  test('every Chinese and Japanese headline yields words: several, none a whole run of text', () => {
    for (const { title } of HEADLINES) {
      const words = terms(title);
      expect(words.length, title).toBeGreaterThanOrEqual(3);
      // A run of 6 or more Han, kana or Thai letters between punctuation is always more than one word here.
      const runs = title.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{6,}/gu) ?? [];
      for (const run of runs) expect(words, title).not.toContain(run);
    }
  });

  test('particles, inflections and single characters are dropped', () => {
    for (const text of [...HEADLINES.map((h) => h.title), ...BACKGROUND]) {
      for (const word of terms(text)) {
        expect(word, text).not.toMatch(/^\p{sc=Hiragana}+$/u);
        if (/[\p{sc=Han}\p{sc=Katakana}]/u.test(word)) expect(word.length, text).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe('mixed scripts', () => {
  const patch = headline('Microsoftが2022年8月');

  test('numbers and Latin brand names inside Japanese are words of their own', () => {
    const tokens = tokenize(patch);
    expect(tokens.filter((t) => t.number).map((t) => t.term)).toEqual(['2022', '8', '121']);
    expect(tokens.map((t) => t.term)).toEqual(expect.arrayContaining(['microsoft', 'windows']));
  });

  test('full-width Latin letters and digits fold to ASCII', () => {
    const tokens = tokenize(headline('バルセロナ'));
    expect(tokens.find((t) => t.term === 'cl')).toBeDefined();
    expect(tokens.find((t) => t.term === '1')?.number).toBe(true);
  });

  test('a headline reads the same whether or not its feed gives the language; Latin words in it are not stemmed as English', () => {
    for (const { title, lang } of HEADLINES) expect(tokenize(title), title).toEqual(tokenize(title, { lang }));
    expect(terms(headline('Apple Watch'))).toContain('apple');
    expect(terms(patch)).toContain('windows');
  });

  test("an English outlet's headline with a Japanese name in it keeps its English stems", () => {
    const english = terms('Tokyo court fines supermarket over cakes', 'en');
    expect(terms('Tokyo court fines 稚内 supermarket over cakes', 'en')).toEqual([...english.slice(0, 3), '稚内', ...english.slice(3)]);
  });
});

describe('the same story from two outlets scores as similar, other stories do not', () => {
  const T0 = Date.UTC(2022, 7, 10);
  const PAIRS = [...new Set(HEADLINES.map((h) => h.story).filter(Boolean))].map((story) => HEADLINES.filter((h) => h.story === story));
  // The other vulnerability notices share words with the Microsoft updates: one topic, other stories.
  // The Thai Prime Minister's releases of one day share his title and stock phrases: one speaker, other stories.
  const sameTopic = (a: string, b: string): boolean => (a.includes('脆弱') && b.includes('脆弱')) || (a.startsWith('นายกรัฐมนตรี') && b.startsWith('นายกรัฐมนตรี'));

  /** An index of the pages' other link texts and `title`, and the story `title` started. */
  function indexWith(title: string): { index: StoryIndex; story: string } {
    const index = new StoryIndex();
    BACKGROUND.forEach((text, i) => index.add({ url: `https://bg.example/${i}`, title: text, published: T0 + i * 1000 }));
    const story = index.add({ url: 'https://a.example/1', title, published: T0 + 3_600_000 });
    return { index, story };
  }
  const matchIn = (index: StoryIndex, title: string) => index.match({ title, published: T0 + 7_200_000 });

  test('there are four labelled pairs: Chinese and Japanese from different outlets, Thai from two releases of one publisher', () => {
    expect(PAIRS.map((p) => p.length)).toEqual([2, 2, 2, 2]);
    for (const [a, b] of PAIRS) {
      if (a.lang === 'th') expect(a.from).not.toBe(b.from);
      else expect(a.outlet).not.toBe(b.outlet);
    }
    expect(PAIRS.filter(([a]) => a.lang === 'th')).toHaveLength(1);
  });

  test.each(
    PAIRS.flatMap(([a, b]) => [
      [a.title, b.title],
      [b.title, a.title],
    ]),
  )('%s  <-  %s', (a, b) => {
    const { index, story } = indexWith(a);
    const partner = matchIn(index, b);
    expect(partner?.storyId).toBe(story);
    for (const other of HEADLINES) {
      if (other.title === a || other.title === b) continue;
      const m = matchIn(index, other.title);
      if (m?.storyId !== story) continue;
      // Only a headline on the same topic may reach the story at all, and it scores below the partner.
      expect(sameTopic(a, other.title), other.title).toBe(true);
      expect(m.score).toBeLessThan(partner?.score ?? 0);
    }
  });

  test('clustered with everything else, each pair shares a story', () => {
    const index = new StoryIndex();
    [...BACKGROUND, ...HEADLINES.map((h) => h.title)].forEach((title, i) => index.add({ url: `https://x.example/${i}`, title, published: T0 + i * 1000 }));
    const storyOf = (title: string) => index.storyOf(`https://x.example/${BACKGROUND.length + HEADLINES.findIndex((h) => h.title === title)}`);
    for (const [a, b] of PAIRS) expect(storyOf(a.title), a.title).toBe(storyOf(b.title));
    expect(new Set(PAIRS.map(([a]) => storyOf(a.title))).size).toBe(PAIRS.length);
  });

  test('article terms of a Chinese or Japanese title carry its words at title weight', () => {
    const v = articleTerms(headline('稚内でケーキ'), undefined, undefined, 'ja');
    expect(v.terms).toEqual(expect.arrayContaining(['稚内', 'ケーキ', '完売']));
    expect(v.weights[v.terms.indexOf('稚内')]).toBe(1);
  });
});
