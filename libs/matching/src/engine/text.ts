import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { SynonymGroup, synonymGroups } from './vocabulary';

/** Full-width to half-width, lower case, one space for any run of white space. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const isCjk = (ch: string) => CJK.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);

const CJK_STOP = new Set(
  (
    '的 了 和 与 及 或 等 个 件 只 套 我 我们 们 要 需 需要 求 求购 采购 寻找 找 在 是 有 为 对 将 把 被 从 到 以 可 能 请 各 每 该 这 那 其 之 ' +
    '供应商 厂家 工厂 公司 批发 一批 一些 左右 以上 以内 以下 要求 希望 提供 支持 交货 交期 价格 数量 左右 月 日 天 送到 发货 含税 最好 ' +
    '做 定做 大概 大约 谁家 有没有 哪里 联系 本次 长期 我司 本司 有货 现货 欢迎 本厂 专业 生产 源头'
  ).split(' '),
);
const EN_STOP = new Set(
  (
    'a an the and or of for to in on at by with from we i our need needs want looking look seek seeking buy buying purchase ' +
    'supplier suppliers factory manufacturer manufacturers wholesale pcs pieces piece units unit please about around per each ' +
    'is are be can must should will would like any some order orders qty quantity price delivery deliver days within before'
  ).split(' '),
);

/** Light English stemming: plurals (knives, shelves, boxes, cities) and the commonest verb endings. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 5 && word.endsWith('lves')) return word.slice(0, -3) + 'f';
  if (word.length > 5 && word.endsWith('ives')) return word.slice(0, -3) + 'fe';
  if (word.length > 4 && /(ches|shes|sses|xes|nses)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  return word;
}

let jieba: Jieba | null = null;
/** The segmenter, with every Chinese synonym term as a word of its own (loaded once, on first use). */
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    const words = new Set<string>();
    for (const g of synonymGroups) for (const t of g.terms) if (isCjk(t[0]) && !/\s/.test(t)) words.add(normalizeText(t));
    jieba.loadDict(Buffer.from([...words].map((w) => `${w} 200000 n`).join('\n') + '\n'));
  }
  return jieba;
}

/** Word tokens of a text: jieba (search mode) for Chinese runs, stemmed words for the rest. No concept tokens. */
/** A quantity's unit right after its number (500片, 20寸, 2000个): not a word of the product. */
const UNIT_AFTER_NUMBER = /(\d)[\u3400-\u9fff](?![\u3400-\u9fff])/g;
const normalizeWords = (text: string) => normalizeText(text).replace(UNIT_AFTER_NUMBER, '$1 ');

export function tokenize(text: string): string[] {
  const norm = normalizeWords(text);
  const out: string[] = [];
  const runs = norm.match(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.-][a-z0-9]+)*/g) ?? [];
  for (const run of runs) {
    if (isCjk(run[0])) {
      for (const w of segmenter().cutForSearch(run, true)) if (!CJK_STOP.has(w)) out.push(w);
      // (single characters stay: 杯, 灯 and 裙 carry the meaning of many queries)
    } else {
      if (run.length < 2 || /^\d+$/.test(run) || EN_STOP.has(run)) continue;
      out.push(stem(run));
    }
  }
  return out;
}

/**
 * Secondary tokens of a text, for words the segmenter and the vocabulary do not know: the
 * character bigrams of each Chinese run of 3 or more characters (手工吹制杯: 手工 工吹 吹制 制杯;
 * 保温水壶 and 保温壶 share 保温), and the parts and joined form of a hyphenated or dotted word
 * (pull-out: pull, out, pullout; t-shirt: tshirt). Stop words end a run's stretch. Marked with `^` so they never meet a word
 * token; the index and the queries weigh them lower (`bm25.secondary`).
 */
export function secondaryTokens(text: string): string[] {
  const norm = normalizeWords(text);
  const out: string[] = [];
  const runs = norm.match(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.-][a-z0-9]+)+/g) ?? [];
  for (const run of runs) {
    if (isCjk(run[0])) {
      // The run's stretches between stop words (找厂家做手工吹制杯: 手工吹制杯), in bigrams.
      let stretch = '';
      for (const w of [...segmenter().cut(run, true), '的']) {
        if (!CJK_STOP.has(w)) {
          stretch += w;
          continue;
        }
        if (stretch.length >= 3) for (let i = 0; i + 1 < stretch.length; i++) out.push(`^${stretch.slice(i, i + 2)}`);
        stretch = '';
      }
    } else {
      const parts = run.split(/[.-]/);
      for (const part of parts) if (part.length >= 2 && !/^\d+$/.test(part) && !EN_STOP.has(part)) out.push(`^${stem(part)}`);
      out.push(`^${stem(parts.join(''))}`);
    }
  }
  return out;
}

export interface ConceptHit {
  group: SynonymGroup;
  term: string;
}

interface TermEntry {
  term: string;
  group: SynonymGroup;
  /** The term starts / ends with a Latin letter or digit: it must not continue a word there. */
  latinStart: boolean;
  latinEnd: boolean;
}
const byFirstChar = new Map<string, TermEntry[]>();
for (const group of synonymGroups) {
  for (const raw of group.terms) {
    const term = normalizeText(raw);
    const list = byFirstChar.get(term[0]) ?? [];
    list.push({ term, group, latinStart: isWordChar(term[0]), latinEnd: isWordChar(term[term.length - 1]) });
    byFirstChar.set(term[0], list);
  }
}
for (const list of byFirstChar.values()) list.sort((a, b) => b.term.length - a.term.length);

/**
 * The synonym concepts a text mentions: scanning left to right, the longest term that starts at
 * each place wins (宠物玩具 before 玩具); Latin terms match whole words only.
 */
export function detectConcepts(text: string): ConceptHit[] {
  const norm = normalizeText(text);
  const hits: ConceptHit[] = [];
  let i = 0;
  while (i < norm.length) {
    const list = byFirstChar.get(norm[i]);
    let taken = 0;
    if (list) {
      for (const e of list) {
        if (!norm.startsWith(e.term, i)) continue;
        if (e.latinStart && isWordChar(norm[i - 1])) continue;
        if (e.latinEnd) {
          const after = norm[i + e.term.length];
          // "tiles" matches the term "tile" as a plural, "tiled" does not.
          if (isWordChar(after) && !(after === 's' && !isWordChar(norm[i + e.term.length + 1]))) continue;
        }
        hits.push({ group: e.group, term: e.term });
        taken = e.term.length;
        break;
      }
    }
    i += taken || 1;
  }
  return hits;
}

/** The concept token that stands for a synonym group in the index. */
export const conceptToken = (group: SynonymGroup) => `~${group.id}`;
