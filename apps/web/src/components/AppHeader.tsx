import { Grid, Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';

import { useAuth } from '../auth/useAuth';
import { AuthButtons } from './AuthButtons';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { MobileMenu } from './MobileMenu';
import { NotificationBell } from './NotificationBell';
import { activeNavKey, useNavItems } from './useNavItems';
import { UserMenu } from './UserMenu';

/** Desktop: logo, role-based nav, language, account. Below `md` everything but the bell folds into a drawer. */
export function AppHeader() {
  const screens = Grid.useBreakpoint();
  const { user } = useAuth();
  const navItems = useNavItems();
  const location = useLocation();
  const navigate = useNavigate();
  // Below lg the role links do not fit beside the language switch and user menu (a tablet
  // would hide them behind "…"). antd reports no breakpoints on the first render: use the
  // window width then, so the header does not mount twice.
  const compact = screens.lg === undefined ? window.innerWidth < 992 : !screens.lg;

  return (
    <header className="lf-header">
      <div className="lf-header-inner">
        <Logo />
        {compact ? (
          <div className="lf-header-right">
            {user ? <NotificationBell /> : null}
            <MobileMenu />
          </div>
        ) : (
          <>
            <Menu
              mode="horizontal"
              className="lf-nav"
              selectedKeys={[activeNavKey(location.pathname)]}
              items={navItems.map((item) =>
                item.children
                  ? {
                      key: item.key,
                      label: item.label,
                      popupClassName: 'lf-nav-popup',
                      children: item.children.map((c) => ({ key: c.key, label: c.label })),
                    }
                  : { key: item.key, label: item.label },
              )}
              onClick={({ key }) => navigate(key)}
            />
            <div className="lf-header-right">
              <LanguageSwitch />
              {user ? <UserMenu /> : <AuthButtons />}
            </div>
          </>
        )}
      </div>
    </header>
  );
}
