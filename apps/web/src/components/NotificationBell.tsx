import { BellOutlined } from '@ant-design/icons';
import type { NotificationView } from '@livefair/protocol';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { useAuth } from '../auth/useAuth';
import { useApi } from '../hooks/useApi';
import { formatDate } from '../utils/dates';

function NotificationList({ items, onOpen }: { items: NotificationView[]; onOpen: (n: NotificationView) => void }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('user.noNotifications')} />;
  return (
    <List
      size="small"
      className="lf-notifications"
      dataSource={items.slice(0, 8)}
      renderItem={(n) => (
        <List.Item className={`${n.readAt ? '' : 'lf-unread'}${n.link ? ' lf-notification-link' : ''}`} onClick={() => onOpen(n)}>
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

/**
 * Unread count for the logged-in user; the list opens in a popover (there is no notifications page
 * yet) and is re-read each time it opens. Opening a line marks it read (and follows its link);
 * "mark all read" clears the count.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { data, reload } = useApi((signal) => endpoints.notifications(signal), user ? `notifications:${user.id}` : null);
  // Lines marked read here, shown read at once (the next load has them read too).
  const [readHere, setReadHere] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(false);
  const items = (data ?? []).map((n) => (n.readAt || !readHere.has(n.id) ? n : { ...n, readAt: new Date().toISOString() }));
  const unread = items.filter((n) => !n.readAt).length;
  const markRead = (ids: string[]) => {
    setReadHere((prev) => new Set([...prev, ...ids]));
    endpoints.markNotificationsRead({ ids }).catch(() => undefined);
  };
  const open = (n: NotificationView) => {
    if (!n.readAt) markRead([n.id]);
    if (n.link) {
      setShown(false);
      navigate(n.link);
    }
  };
  const markAll = () => {
    setReadHere((prev) => new Set([...prev, ...items.map((n) => n.id)]));
    endpoints.markNotificationsRead({ all: true }).then(reload, () => undefined);
  };
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={shown}
      onOpenChange={(visible) => {
        setShown(visible);
        if (visible) reload();
      }}
      title={
        <div className="lf-notifications-title">
          <span>{`${t('user.notifications')}${unread ? ` · ${t('user.unread', { count: unread })}` : ''}`}</span>
          {unread > 0 && (
            <Button type="link" size="small" onClick={markAll}>
              {t('user.markAllRead')}
            </Button>
          )}
        </div>
      }
      content={<NotificationList items={items} onOpen={open} />}
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
