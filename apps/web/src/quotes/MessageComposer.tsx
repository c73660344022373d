import { SendOutlined } from '@ant-design/icons';
import { RFQ_LIMITS } from '@livefair/protocol';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../api/endpoints';
import { useShowApiError } from '../hooks/useShowApiError';

/** Message box under the thread: Enter sends, Shift+Enter makes a new line. */
export function MessageComposer({ rfqId, onSent }: { rfqId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const showError = useShowApiError();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const send = async () => {
    const body = text.trim();
    if (!body || sending) return;
    setSending(true);
    try {
      await endpoints.postRfqMessage(rfqId, body);
      setText('');
      onSent();
    } catch (err) {
      showError(err);
    } finally {
      setSending(false);
    }
  };
  return (
    <div className="lf-composer">
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={(e) => {
          if (!e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void send();
          }
        }}
        autoSize={{ minRows: 1, maxRows: 5 }}
        maxLength={RFQ_LIMITS.messageChars}
        placeholder={t('quotes.thread.placeholder')}
        data-testid="rfq-message-input"
      />
      <Button type="primary" icon={<SendOutlined />} onClick={() => void send()} loading={sending} disabled={!text.trim()}>
        {t('quotes.thread.send')}
      </Button>
    </div>
  );
}
