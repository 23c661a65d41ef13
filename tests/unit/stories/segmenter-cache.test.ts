import { expect, test } from 'vitest';
import { tokenize } from '../../../utils/stories';

// Its own file: the tokenizer keeps its segmenters for the module's life, and this counts them from the start.
test('a segmenter is built once per locale, and never for text in scripts written with spaces', () => {
  const real = Object.getOwnPropertyDescriptor(Intl, 'Segmenter') as PropertyDescriptor;
  const built: unknown[] = [];
  const Counted = class extends Intl.Segmenter {
    constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
      super(...args);
      built.push(args[0]);
    }
  };
  Object.defineProperty(Intl, 'Segmenter', { ...real, value: Counted });
  try {
    for (const text of ['Biden to target 50%-52% reduction in emissions by 2030', "l'Assemblée nationale vote la loi", '사이버 보안', 'Москва']) tokenize(text);
    expect(built).toEqual([]);

    for (let i = 0; i < 3; i++) {
      tokenize('稚内でケーキ2400個誤発注…でも2時間で完売');
      tokenize('宇航员在太空中喝酒会怎么样？后果很严重');
      tokenize('ภาวะโลกร้อน');
      tokenize('公安破获象牙制售案件', { lang: 'ja' }); // Han alone, in a Japanese outlet's feed
    }
    expect(built).toEqual(['ja', 'zh', 'th']);
  } finally {
    Object.defineProperty(Intl, 'Segmenter', real);
  }
});
