import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadCsv } from './analyticsApi';

export function CsvButton({ path, filename }: { path: string; filename: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        downloadCsv(`${path}?lang=${lang}`, filename)
          .catch(() => message.error(t('analytics.exportFailed')))
          .finally(() => setBusy(false));
      }}
    >
      {t('analytics.exportCsv')}
    </Button>
  );
}
