import type { LeadStatus } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<LeadStatus, string> = { new: 'gold', contacted: 'blue', quoted: 'purple', won: 'green', lost: 'default' };

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} className="lf-lead-status" data-status={status}>
      {t(`leads.status.${status}`)}
    </Tag>
  );
}
