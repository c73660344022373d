import type { AuthResult } from '@livefair/protocol';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

import { useAuth } from './useAuth';

/** Stores the session, greets the user and returns to the guarded page that sent them here (else home). */
export function useAfterSignIn(): (result: AuthResult) => void {
  const { signIn } = useAuth();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const target = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';

  return (result: AuthResult) => {
    signIn(result);
    void message.success(t('auth.welcome', { name: result.user.displayName }));
    navigate(target, { replace: true });
  };
}
