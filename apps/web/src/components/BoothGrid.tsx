import type { BoothSummary } from '@livefair/protocol';
import { Col, Empty, Row } from 'antd';

import { BoothCard } from './BoothCard';

export function BoothGrid({ booths, emptyText }: { booths: BoothSummary[]; emptyText: string }) {
  if (booths.length === 0) return <Empty description={emptyText} />;
  return (
    <Row gutter={[16, 16]}>
      {booths.map((booth) => (
        <Col key={booth.id} xs={24} sm={12} lg={8} xl={6}>
          <BoothCard booth={booth} />
        </Col>
      ))}
    </Row>
  );
}
