import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MATCHING_FIXTURE_DIR = join(__dirname, '../fixtures/matching');
/** The held-out set: the same rules, other wording (test/fixtures/matching-heldout/README.md). */
export const MATCHING_HELDOUT_DIR = join(__dirname, '../fixtures/matching-heldout');

/** The evaluation set's files: suppliers (onboarding JSON lines), demands, and the graded judgments. */
export function evaluationSet(dir = MATCHING_FIXTURE_DIR) {
  const lines = (f: string) => readFileSync(join(dir, f), 'utf8').trim().split('\n');
  return {
    suppliersJsonl: readFileSync(join(dir, 'suppliers.jsonl'), 'utf8'),
    demands: lines('demands.jsonl').map((l) => JSON.parse(l)) as EvalDemand[],
    judgments: JSON.parse(readFileSync(join(dir, 'judgments.json'), 'utf8')) as Record<string, Record<string, number>>,
  };
}

export interface EvalDemand {
  ref: string;
  text: string;
  categoryCode: string | null;
  quantity: number;
  unit: string;
  targetUnitPriceFen: number | null;
  deliveryProvince: string;
  deadlineInDays: number;
  certifications: string[];
  oem: boolean;
  sampleFirst: boolean;
  vatInvoice: boolean;
  prefersLocal: boolean;
}

/** The API body of an evaluation demand: its deadline `deadlineInDays` days (and half a day) from now. */
export function demandBody(d: EvalDemand, now = Date.now()) {
  return {
    text: d.text,
    ...(d.categoryCode ? { categoryCode: d.categoryCode } : {}),
    quantity: d.quantity,
    unit: d.unit,
    ...(d.targetUnitPriceFen !== null ? { targetUnitPriceFen: d.targetUnitPriceFen } : {}),
    deliveryProvince: d.deliveryProvince,
    deadline: new Date(now + d.deadlineInDays * 86_400_000 + 43_200_000).toISOString(),
    certifications: d.certifications,
    oem: d.oem,
    sampleFirst: d.sampleFirst,
    vatInvoice: d.vatInvoice,
    prefersLocal: d.prefersLocal,
  };
}

export async function onboard(url: string, token: string, format: 'jsonl' | 'csv', body: string) {
  const res = await fetch(`${url}/api/matching/onboarding?format=${format}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson' },
    body,
  });
  return { status: res.status, body: await res.json() };
}
