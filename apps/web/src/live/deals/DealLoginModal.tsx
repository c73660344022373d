import { LockOutlined, MailOutlined } from '@ant-design/icons';
import type { LoginRequest } from '@livefair/protocol';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { endpoints } from '../../api/endpoints';
import { applyFieldErrors } from '../../auth/formErrors';
import { emailRules, passwordRules } from '../../auth/rules';
import { useAuth } from '../../auth/useAuth';
import { useShowApiError } from '../../hooks/useShowApiError';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called once the session is stored: the live socket must reconnect to carry the new token. */
  onSignedIn: () => void;
}

/** "Log in to buy", over the watch page: the stream keeps playing behind it. */
export function DealLoginModal({ open, onClose, onSignedIn }: Props) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<LoginRequest>();
  const [submitting, setSubmitting] = useState(false);
  const showError = useShowApiError();
  const location = useLocation();

  const submit = async (values: LoginRequest) => {
    setSubmitting(true);
    try {
      const result = await endpoints.login({ email: values.email.trim(), password: values.password });
      signIn(result);
      void message.success(t('auth.welcome', { name: result.user.displayName }));
      onSignedIn();
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err, ['email', 'password'])) showError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('live.deal.login.title')} destroyOnHidden width={400}>
      <p className="lf-deal-login-hint">{t('live.deal.login.hint')}</p>
      <Form<LoginRequest> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={submitting}>
        <Form.Item name="email" label={t('auth.email')} rules={emailRules(t)}>
          <Input prefix={<MailOutlined />} type="email" autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={passwordRules(t, false)}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="deal-login-submit">
          {t('live.deal.login.submit')}
        </Button>
      </Form>
      <div className="lf-deal-login-register">
        <Link to="/register" state={{ from: location.pathname }}>
          {t('live.deal.login.register')}
        </Link>
      </div>
    </Modal>
  );
}
