import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { App, Button, Divider, Drawer, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

import { useAuth } from '../auth/useAuth';
import { AuthButtons } from './AuthButtons';
import { LanguageSwitch } from './LanguageSwitch';
import { RoleTag } from './RoleTag';
import { activeNavKey, useNavItems } from './useNavItems';

export function MobileMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { user, signOut } = useAuth();
  const { message } = App.useApp();
  const navItems = useNavItems();
  const location = useLocation();
  const navigate = useNavigate();
  const close = () => setOpen(false);

  return (
    <>
      <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setOpen(true)} />
      <Drawer open={open} onClose={close} placement="right" size={280} title={t('app.name')} className="lf-mobile-drawer">
        {user ? (
          <div className="lf-drawer-user">
            <Typography.Text strong>{user.displayName}</Typography.Text> <RoleTag role={user.role} />
            <div>
              <Typography.Text type="secondary">{user.email}</Typography.Text>
            </div>
          </div>
        ) : null}
        <Menu
          mode="vertical"
          selectedKeys={[activeNavKey(location.pathname)]}
          // Groups are headed sections, open at once: every page is one tap away.
          items={navItems.map((item) =>
            item.children
              ? {
                  type: 'group' as const,
                  key: item.key,
                  label: item.label,
                  children: item.children.map((c) => ({ key: c.key, label: c.label })),
                }
              : { key: item.key, label: item.label },
          )}
          onClick={({ key }) => {
            close();
            navigate(key);
          }}
          className="lf-drawer-nav"
        />
        <Divider />
        <LanguageSwitch block />
        <Divider />
        {user ? (
          <Button
            block
            icon={<LogoutOutlined />}
            onClick={() => {
              close();
              signOut();
              void message.success(t('user.loggedOut'));
              navigate('/');
            }}
          >
            {t('user.logout')}
          </Button>
        ) : (
          <AuthButtons block onNavigate={close} />
        )}
      </Drawer>
    </>
  );
}
