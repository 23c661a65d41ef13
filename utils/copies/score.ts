/**
 * Scores copy detection against labels: an article labelled with the report it carries
 * (`copyOf`, a wire's or an outlet's name) or as its own reporting (null). Precision and recall
 * are of "carries another's report" (copy or based); `sourceAgreement` is the share of true
 * positives whose source was named right.
 */
import type { CopyMark } from './detect';

export interface CopyScore {
  labelled: number;
  positives: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  sourceAgreement: number;
}

const carried = (m: CopyMark | undefined) => m?.kind === 'copy' || m?.kind === 'based';
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function scoreCopies(labels: ReadonlyMap<string, string | null>, marks: ReadonlyMap<string, CopyMark>, sourceName: (m: CopyMark) => string): CopyScore {
  let positives = 0;
  let predicted = 0;
  let tp = 0;
  let agree = 0;
  for (const [url, copyOf] of labels) {
    const mark = marks.get(url);
    if (copyOf !== null) positives++;
    if (carried(mark)) predicted++;
    if (copyOf !== null && carried(mark)) {
      tp++;
      if (same(sourceName(mark!), copyOf)) agree++;
    }
  }
  const precision = predicted ? tp / predicted : 1;
  const recall = positives ? tp / positives : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { labelled: labels.size, positives, predicted, truePositives: tp, precision, recall, f1, sourceAgreement: tp ? agree / tp : 1 };
}
