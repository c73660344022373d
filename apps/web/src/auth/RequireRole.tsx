import type { Role } from '@livefair/protocol';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';

import { useAuth } from './useAuth';

/** Anonymous visitors go to /login (and come back afterwards); a logged-in user with the wrong role sees 403. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();

  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (!roles.includes(user.role)) {
    return (
      <Result
        status="403"
        title={t('guard.forbiddenTitle')}
        subTitle={t('guard.forbidden', {
          roles: roles.map((r) => t(`role.${r}`)).join(' / '),
          role: t(`role.${user.role}`),
        })}
      />
    );
  }
  return <>{children}</>;
}
