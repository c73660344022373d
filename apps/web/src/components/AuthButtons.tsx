import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

export function AuthButtons({ block, onNavigate }: { block?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const go = (path: string) => {
    onNavigate?.();
    navigate(path);
  };
  return (
    <div className={block ? 'lf-auth-buttons lf-auth-buttons-block' : 'lf-auth-buttons'}>
      <Button block={block} onClick={() => go('/login')}>
        {t('user.login')}
      </Button>
      <Button type="primary" block={block} onClick={() => go('/register')}>
        {t('user.register')}
      </Button>
    </div>
  );
}
