import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { useAuth } from '../auth/useAuth';
import { NotificationBell } from './NotificationBell';
import { RoleTag } from './RoleTag';

export function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  if (!user) return null;

  const logout = () => {
    signOut();
    void message.success(t('user.loggedOut'));
    navigate('/');
  };

  return (
    <div className="lf-user-area">
      <NotificationBell />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'email', label: user.email, disabled: true },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), onClick: logout },
          ],
        }}
      >
        <Button type="text" className="lf-user-button">
          <UserOutlined />
          <span className="lf-user-name">{user.displayName}</span>
          <RoleTag role={user.role} />
          <DownOutlined className="lf-caret" />
        </Button>
      </Dropdown>
    </div>
  );
}
