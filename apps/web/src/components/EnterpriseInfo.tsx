import type { BoothDetail } from '@livefair/protocol';
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function EnterpriseInfo({ booth }: { booth: BoothDetail }) {
  const { t } = useTranslation();
  const { enterprise } = booth;
  return (
    <Card title={t('booth.enterprise')} size="small" className="lf-enterprise">
      {enterprise.description ? <Typography.Paragraph>{enterprise.description}</Typography.Paragraph> : null}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'city', label: t('booth.city'), children: enterprise.city },
          { key: 'industry', label: t('booth.industry'), children: enterprise.industry },
          { key: 'hall', label: t('booth.hall'), children: booth.hallName },
          { key: 'code', label: t('booth.code'), children: booth.code },
        ]}
      />
    </Card>
  );
}
