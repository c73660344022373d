import type { Role } from '@livefair/protocol';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<Role, string> = { buyer: 'blue', exhibitor: 'purple', organizer: 'gold' };

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[role]} variant="filled" className="lf-role-tag">
      {t(`role.${role}`)}
    </Tag>
  );
}
