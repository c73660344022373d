import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';

/** A row of headline figures; two per line on phones. */
export function Kpis({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <Row gutter={[12, 12]} className="lf-analytics-kpis">
      {items.map((i) => (
        <Col key={i.label} xs={12} sm={8} lg={6} xl={3}>
          <Card size="small">
            <Statistic title={i.label} value={i.value as string | number} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
