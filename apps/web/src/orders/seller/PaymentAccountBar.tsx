import type { PaymentAccountView } from '@livefair/protocol';
import { Alert, App, Button, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endpoints } from '../../api/endpoints';
import { useApi } from '../../hooks/useApi';
import { useShowApiError } from '../../hooks/useShowApiError';

type AccountForm = Omit<PaymentAccountView, 'updatedAt'>;

/** The enterprise's receiving account: a warning while none is set, the account and an edit button once it is. */
export function PaymentAccountBar() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowApiError();
  const { data, reload } = useApi((signal) => endpoints.paymentAccount(signal), 'payment-account');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<AccountForm>();
  const account = data?.account ?? null;

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      await endpoints.setPaymentAccount({
        accountName: v.accountName.trim(),
        bankName: v.bankName.trim(),
        accountNo: v.accountNo.trim(),
        note: (v.note ?? '').trim(),
      });
      void message.success(t('orders.sales.accountSaved'));
      setOpen(false);
      reload();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const required = (key: 'accountName' | 'bankName' | 'accountNo') => ({
    required: true,
    whitespace: true,
    message: t('orders.field.required', { field: t(`orders.sales.${key}`) }),
  });

  if (!data) return null;
  return (
    <>
      <Alert
        type={account ? 'success' : 'warning'}
        showIcon
        className="lf-alert"
        data-testid="payment-account"
        title={
          account
            ? t('orders.sales.accountSet', { bank: account.bankName, account: account.accountNo })
            : t('orders.sales.accountMissing')
        }
        action={
          <Button
            size="small"
            type={account ? 'default' : 'primary'}
            onClick={() => setOpen(true)}
            data-testid="payment-account-edit"
          >
            {account ? t('orders.sales.editAccount') : t('orders.sales.setAccount')}
          </Button>
        }
      />
      <Modal
        open={open}
        title={t('orders.sales.accountTitle')}
        okText={t('orders.act.save')}
        cancelText={t('orders.act.close')}
        okButtonProps={{ loading: busy, 'data-testid': 'payment-account-save' } as ButtonProps}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false} preserve={false} initialValues={account ?? {}}>
          <Form.Item name="accountName" label={t('orders.sales.accountName')} rules={[required('accountName')]}>
            <Input maxLength={100} data-testid="account-name" />
          </Form.Item>
          <Form.Item name="bankName" label={t('orders.sales.bankName')} rules={[required('bankName')]}>
            <Input maxLength={100} data-testid="account-bank" />
          </Form.Item>
          <Form.Item
            name="accountNo"
            label={t('orders.sales.accountNo')}
            rules={[required('accountNo'), { pattern: /^[0-9][0-9 -]{5,39}$/, message: t('orders.sales.accountNoInvalid') }]}
          >
            <Input maxLength={40} inputMode="numeric" data-testid="account-no" />
          </Form.Item>
          <Form.Item name="note" label={t('orders.sales.accountNote')}>
            <Input maxLength={200} placeholder={t('orders.sales.accountNotePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
