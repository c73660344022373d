import { DeleteOutlined, LoadingOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { catalogApi } from '../../catalog/catalogApi';
import { useShowApiError } from '../../hooks/useShowApiError';
import '../booths.css';

/** One image (a Form.Item value: an upload key or null), uploaded to the enterprise's image library. */
export function ImageSlot({
  value,
  onChange,
  wide,
  testId,
}: {
  value?: string | null;
  onChange?: (key: string | null) => void;
  wide?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [busy, setBusy] = useState(false);
  return (
    <Space direction="vertical" size={6}>
      <div className={wide ? 'lf-editor-image lf-wide' : 'lf-editor-image'} data-testid={testId}>
        {busy ? <LoadingOutlined /> : value ? <img src={`/api/images/${encodeURIComponent(value)}`} alt="" /> : null}
      </div>
      <Space size={4}>
        <Upload
          accept="image/jpeg,image/png,image/webp"
          showUploadList={false}
          customRequest={({ file }) => {
            setBusy(true);
            catalogApi
              .upload(file as File)
              .then((img) => onChange?.(img.key))
              .catch(showError)
              .finally(() => setBusy(false));
          }}
        >
          <Button size="small" icon={<UploadOutlined />}>
            {t('booths.editor.upload')}
          </Button>
        </Upload>
        {value ? (
          <Button size="small" icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
            {t('booths.editor.remove')}
          </Button>
        ) : null}
      </Space>
    </Space>
  );
}
