import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLang, setLang } from '../i18n';

export function LanguageSwitch({ block }: { block?: boolean }) {
  const { t } = useTranslation();
  const next = currentLang() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      type="text"
      block={block}
      icon={<GlobalOutlined />}
      onClick={() => void setLang(next)}
      lang={next}
      aria-label={`${t('lang.label')}: ${t('lang.switchTo')}`}
      className="lf-lang-switch"
    >
      {t('lang.switchTo')}
    </Button>
  );
}
