import type { RouteLinkView } from '@livefair/protocol';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

import { Chart } from './Chart';

/**
 * Entry -> hall -> booth flows as a Sankey. Moves between booths (which may go back and forth,
 * and a Sankey cannot draw a cycle) are listed in a table instead.
 */
export function RouteSankey({ routes }: { routes: RouteLinkView[] }) {
  const { t } = useTranslation();
  const label = (key: string, text: string) => (key === 'entry' ? t('analytics.entry') : text);
  const links = routes.filter(
    (r) => (r.from === 'entry' && r.to.startsWith('hall:')) || (r.from.startsWith('hall:') && r.to.startsWith('booth:')),
  );
  if (links.length === 0) return <Empty description={t('analytics.noRoutes')} />;
  const names = new Map<string, string>();
  for (const r of links) {
    names.set(r.from, label(r.from, r.fromLabel));
    names.set(r.to, label(r.to, r.toLabel));
  }
  // Node names must be unique: a hall and a booth could share a label, so keep the key apart.
  const nodeName = (key: string) => `${names.get(key) ?? key}\u200b${key.slice(-4)}`;
  return (
    <Chart
      testId="chart-sankey"
      height={Math.max(260, names.size * 22)}
      option={{
        tooltip: { trigger: 'item' },
        series: [
          {
            type: 'sankey',
            left: 8,
            right: 60,
            emphasis: { focus: 'adjacency' },
            // A booth's label starts with its code: the code alone fits beside the node on a phone.
            label: { formatter: (p: { name?: string }) => (p.name ?? '').split('\u200b')[0].split(' ')[0] },
            data: [...names.keys()].map((k) => ({ name: nodeName(k) })),
            links: links.map((r) => ({ source: nodeName(r.from), target: nodeName(r.to), value: r.count })),
          },
        ],
      }}
    />
  );
}
