import { RFQ_LIMITS } from '@livefair/protocol';
import { Input, Modal } from 'antd';
import { useState } from 'react';

import { useShowApiError } from '../hooks/useShowApiError';

interface Props {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  danger?: boolean;
  onSubmit: (reason: string | undefined) => Promise<void>;
  onClose: () => void;
}

/** Asks for an optional reason (declining a quote, closing a request), then runs `onSubmit`. */
export function ReasonModal({ open, title, label, okText, danger, onSubmit, onClose }: Props) {
  const showError = useShowApiError();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    setBusy(true);
    try {
      await onSubmit(reason.trim() || undefined);
      setReason('');
      onClose();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: busy }}
      onOk={() => void ok()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Input.TextArea
        aria-label={label}
        placeholder={label}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={RFQ_LIMITS.reasonChars}
        showCount
      />
    </Modal>
  );
}
