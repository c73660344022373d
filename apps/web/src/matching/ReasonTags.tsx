import type { MatchReasonView } from '@livefair/protocol';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatFen } from '../utils/money';

const COLORS: Record<MatchReasonView['kind'], string> = { match: 'green', soft: 'gold', hard: 'red', info: 'default' };
/** Reasons worth a tag: a shown fit or a mismatch; zero-point info (unknown lead time ...) stays out. */
const SHOWN = (r: MatchReasonView) => r.kind !== 'info' || r.points > 0 || r.code === 'CATEGORY_RELATED';

function params(r: MatchReasonView, sep: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.params)) {
    if ((k === 'price' || k === 'target') && typeof v === 'number') out[k] = formatFen(v);
    else if (k === 'rate' && typeof v === 'number') out[k] = `${Math.round(v * 100)}%`;
    else if (Array.isArray(v)) out[k] = v.join(sep);
    else out[k] = String(v);
  }
  return out;
}

/** The reasons of a match as coloured tags: green fits, gold small differences, red hard mismatches. */
export function ReasonTags({ reasons }: { reasons: MatchReasonView[] }) {
  const { t, i18n } = useTranslation();
  const sep = i18n.language === 'en' ? ', ' : '、';
  const order = { hard: 0, soft: 1, match: 2, info: 3 };
  const shown = reasons.filter(SHOWN).sort((a, b) => order[a.kind] - order[b.kind]);
  return (
    <Space size={[4, 6]} wrap className="lf-match-reasons">
      {shown.map((r) => (
        <Tag key={r.code} color={COLORS[r.kind]} className="lf-match-reason">
          {t(`matching.reasons.${r.code}` as 'matching.reasons.MOQ_OK', { ...params(r, sep), defaultValue: r.code })}
        </Tag>
      ))}
    </Space>
  );
}
