import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="lf-loading" role="status">
      <Spin description={t('common.loading')} />
    </div>
  );
}
