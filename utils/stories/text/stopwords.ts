/**
 * Stop words for the catalog's main languages, already case- and accent-folded (the tokenizer
 * compares folded forms). Function words, news-headline fillers ("says", "video", "live") and
 * day words ("Tuesday", "today"): they appear in every story, and the clustering time window
 * already says when.
 */

const WORDS: Record<string, string> = {
  en: `a about above after again against ago all almost also am among an and another any are aren
    around as at be became because been before being below between both but by can cannot could
    couldn did didn do does doesn doing don down during each either else ever every few for from
    further get gets getting got had hadn has hasn have haven having he her here hers herself him
    himself his how however i if in into is isn it its itself just least less let lets like made
    make makes many may me might more most much must my myself near need needs no nor not now of
    off on once one only onto or other others our ours ourselves out over own per quite rather re
    same say says said she should shouldn since so some still such than that the their theirs them
    themselves then there these they this those though through thus to too toward towards under
    until up upon us very via was wasn we were weren what when where whether which while who whom
    whose why will with within without won would wouldn yet you your yours yourself yourselves
    s t ll ve d m
    according amid new news video watch live update updates report reports breaking latest
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow`,
  de: `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
    auch auf aus bei beim bin bis bist da damit dann das dass dein deine dem den der des dessen
    deshalb die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen
    einer eines er es etwa euer eure fur gegen gewesen hab habe haben hat hatte hatten hier hin
    hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in ist jede jedem jeden jeder
    jedes jetzt kann kein keine keinem keinen keiner konnen konnte man manche mehr mein meine mit
    muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner
    seit sich sie sind so soll sollen sollte sondern uber um und uns unser unter viel vom von vor
    wahrend war waren warum was weil welche welchem welchen welcher welches wenn wer werde werden
    wie wieder will wir wird wirst wo wurde wurden zu zum zur zwar zwischen neue neuen neuer neues neuem
    montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern morgen`,
  fr: `a afin ai aie aient ainsi alors apres au aucun aupres aussi autre autres aux avaient avait
    avant avec avoir c ca ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez
    comme comment d dans de des deja depuis donc dont du elle elles en encore entre est et etaient
    etait ete etre eu eux fait faire il ils j je l la le les leur leurs lors lui m ma mais me meme
    mes moi moins mon n ne ni non nos notre nous on ont ou par parce pas pendant peu peut plus pour
    pourquoi qu quand que quel quelle quelles quels qui sa sans se selon ses si son sont sous
    sur ta te tes toi ton tous tout toute toutes tres tu un une vers vos votre vous y nouveau
    nouvelle nouveaux nouvelles lundi mardi mercredi jeudi vendredi samedi dimanche aujourd hui hier demain`,
  es: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante
    e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estado estan estas
    este esto estos fue fueron ha hace hacia han hasta hay la las le les lo los mas me mi mientras
    muy nada ni no nos nosotros o os otra otras otro otros para pero poco por porque que quien se
    segun ser si sido sin sobre son su sus tambien tanto te tiene tienen todo todos tras tu tus un
    una uno unos y ya nuevo nueva nuevos nuevas lunes martes miercoles jueves viernes sabado domingo hoy ayer
    manana`,
  it: `a ad agli ai al alla alle allo anche che chi ci come con cosa cui da dai dal dalla dalle dallo
    degli dei del della delle dello di dopo dove e ed era erano essere fra gli ha hanno i il in io
    la le lei lo loro lui ma mi molto ne nei nel nella nelle nello noi non nostro o ogni per perche
    piu po poi quale quali quando quanto quella quelle quello questa queste questi questo se sei
    senza si sia siamo sono su sua sue sui sul sulla sulle suo suoi tra tu tutti tutto un una uno
    voi nuovo nuova nuovi nuove lunedi martedi mercoledi giovedi venerdi sabato domenica oggi ieri domani`,
  pt: `a ao aos as ate com como da das de dela dele deles depois do dos e ela elas ele eles em entre
    era essa esse esta este eu foi foram ha isso isto ja la lhe mais mas me mesmo meu minha muito
    na nao nas nem no nos nossa nosso num numa o os ou para pela pelas pelo pelos por qual quando
    que quem se sem ser seu seus sao sobre sua suas tambem te tem ter um uma umas uns voce novo
    nova novos novas segunda terca quarta quinta sexta feira sabado domingo hoje ontem amanha`,
};

/** Languages with their own stop-word list. */
const STOPWORD_LANGUAGES = Object.keys(WORDS);

/** Stop words per language, folded. */
const STOPWORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, list]) => [lang, new Set(list.split(/\s+/).filter(Boolean))]),
);

/** For each stop word, a bit per language (in STOPWORD_LANGUAGES order) that lists it. */
const LANGUAGE_MASK = new Map<string, number>();
STOPWORD_LANGUAGES.forEach((lang, i) => {
  for (const w of STOPWORDS[lang]) LANGUAGE_MASK.set(w, (LANGUAGE_MASK.get(w) ?? 0) | (1 << i));
});

/** Bit i set: the folded word is a stop word of STOPWORD_LANGUAGES[i]. */
export function languageMask(word: string): number {
  return LANGUAGE_MASK.get(word) ?? 0;
}

const EN = STOPWORD_LANGUAGES.indexOf('en');

/** The bit of `lang`'s stop words in a language mask (English's for a language without a list). */
export function stopWordBit(lang: string): number {
  const i = STOPWORD_LANGUAGES.indexOf(lang);
  return 1 << (i < 0 ? EN : i);
}

/**
 * The supported language whose stop words cover most of the words (given by their languageMask),
 * or undefined when none has a hit. Another language must beat English by two hits: a short
 * English headline shares a word or two with German ("die", "war", "in") more often than a German
 * one reads as English. One union list would be wrong: German "war" and "die", French "son" are
 * English content words.
 */
export function guessFromMasks(masks: readonly number[]): string | undefined {
  const hits = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  for (const mask of masks) {
    if (mask) for (let i = 0; i < hits.length; i++) if (mask & (1 << i)) hits[i]++;
  }
  let best: string | undefined = hits[EN] > 0 ? 'en' : undefined;
  let bestHits = hits[EN] > 0 ? hits[EN] + 1 : 0;
  for (let i = 0; i < hits.length; i++) {
    if (i !== EN && hits[i] > bestHits) {
      best = STOPWORD_LANGUAGES[i];
      bestHits = hits[i];
    }
  }
  return best;
}

/**
 * Stop words of the scripts written without spaces, as the segmenter cuts them: Chinese function
 * words (simplified and traditional), date words, "says" and "news" fillers, and Thai function
 * words and nominal prefixes (การ, ความ). Single characters need no list (the tokenizer drops
 * them), nor do Japanese particles and inflections (words in hiragana alone are dropped).
 */
const SCRIPT_STOPWORD_LIST = `这个 這個 一个 一個 我们 我們 他们 他們 你们 你們 什么 什麼 怎么 怎麼 怎样 怎樣 如何 已经 已經 没有 沒有 可能
    表示 指出 最新 今日 昨日 明日 今天 昨天 明天 新闻 新聞 ニュース 速報 动画 動画 视频 視頻 写真
    การ ความ ที่ และ ใน ของ เป็น ได้ จะ ให้ กับ ไม่ มี ว่า นี้ แล้ว โดย จาก เพื่อ ไป มา อยู่ คือ หรือ แต่ ก็
    ยัง ถึง ต่อ ซึ่ง เมื่อ ทั้ง นั้น อีก ด้วย เรื่อง ข่าว วันนี้`;

let scriptStopwords: ReadonlySet<string> | undefined;

/** Whether a word of a no-space script (NFKC-folded) is a stop word. */
export function isScriptStopWord(term: string): boolean {
  // Built on first use: a module-level Set is kept in every bundle that imports this file, used or not.
  scriptStopwords ??= new Set(SCRIPT_STOPWORD_LIST.split(/\s+/));
  return scriptStopwords.has(term);
}
