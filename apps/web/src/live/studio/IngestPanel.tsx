import { Button, Input, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useShowApiError } from '../../hooks/useShowApiError';
import { liveApi } from '../liveApi';

/**
 * OBS 30+ and hardware encoders publish by WHIP: this shows the session's WHIP URL
 * and its bearer stream key (booth staff only); rotating the key revokes the old one.
 */
export function IngestPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [key, setKey] = useState<string | null>(null);
  const whipUrl = `${window.location.origin}/whip/${sessionId}`;

  useEffect(() => {
    const ctrl = new AbortController();
    liveApi.ingestKey(sessionId, ctrl.signal).then(
      (r) => setKey(r.streamKey),
      (err: unknown) => !ctrl.signal.aborted && showError(err),
    );
    return () => ctrl.abort();
  }, [sessionId, showError]);

  const rotate = () => liveApi.rotateKey(sessionId).then((r) => setKey(r.streamKey), showError);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="ingest-panel">
      <Typography.Text type="secondary">{t('live.studio.whipHint')}</Typography.Text>
      <Typography.Text strong>{t('live.studio.whipUrl')}</Typography.Text>
      <Typography.Paragraph
        copyable={{ text: whipUrl }}
        code
        style={{ marginBottom: 0, wordBreak: 'break-all' }}
        data-testid="whip-url"
      >
        {whipUrl}
      </Typography.Paragraph>
      <Typography.Text strong>{t('live.studio.streamKey')}</Typography.Text>
      <Space.Compact style={{ width: '100%' }}>
        <Input.Password value={key ?? ''} readOnly data-testid="stream-key" />
        <Popconfirm title={t('live.studio.rotateConfirm')} onConfirm={rotate}>
          <Button>{t('live.studio.rotateKey')}</Button>
        </Popconfirm>
      </Space.Compact>
    </Space>
  );
}
