import { BellOutlined } from '@ant-design/icons';
import type { NotificationView } from '@livefair/protocol';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { useAuth } from '../auth/useAuth';
import { useApi } from '../hooks/useApi';
import { formatDate } from '../utils/dates';

function NotificationList({ items }: { items: NotificationView[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('user.noNotifications')} />;
  return (
    <List
      size="small"
      className="lf-notifications"
      dataSource={items.slice(0, 8)}
      renderItem={(n) => (
        <List.Item
          className={`${n.readAt ? '' : 'lf-unread'}${n.link ? ' lf-notification-link' : ''}`}
          onClick={n.link ? () => navigate(n.link!) : undefined}
        >
          <div>
            <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
            <div className="lf-notification-body">{n.body}</div>
            <Typography.Text type="secondary" className="lf-notification-date">
              {formatDate(n.createdAt, i18n.language)}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}

/** Unread count for the logged-in user; the list opens in a popover (there is no notifications page yet). */
export function NotificationBell() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { data } = useApi((signal) => endpoints.notifications(signal), user ? `notifications:${user.id}` : null);
  const items = data ?? [];
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={`${t('user.notifications')}${unread ? ` · ${t('user.unread', { count: unread })}` : ''}`}
      content={<NotificationList items={items} />}
    >
      <Button
        type="text"
        aria-label={`${t('user.notifications')}: ${t('user.unread', { count: unread })}`}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined className="lf-bell" />
          </Badge>
        }
      />
    </Popover>
  );
}
