import type { ExpoStatus } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ExpoStatus, string> = {
  draft: 'default',
  published: 'blue',
  open: 'green',
  closed: 'default',
};

export function ExpoStatusTag({ status }: { status: ExpoStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} variant="filled">
      {t(`expo.status.${status}`)}
    </Tag>
  );
}
