import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageTitle({ title, subtitle, extra }: { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="lf-page-title">
      <div className="lf-page-title-text">
        <Typography.Title level={2}>{title}</Typography.Title>
        {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
      </div>
      {extra ? <div className="lf-page-title-extra">{extra}</div> : null}
    </div>
  );
}
