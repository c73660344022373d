import { LockOutlined, MailOutlined } from '@ant-design/icons';
import type { LoginRequest } from '@livefair/protocol';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { applyFieldErrors } from '../auth/formErrors';
import { emailRules, passwordRules } from '../auth/rules';
import { useAfterSignIn } from '../auth/useAfterSignIn';
import { useShowApiError } from '../hooks/useShowApiError';

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const [submitting, setSubmitting] = useState(false);
  const afterSignIn = useAfterSignIn();
  const showError = useShowApiError();
  const location = useLocation();

  const submit = async (values: LoginRequest) => {
    setSubmitting(true);
    try {
      afterSignIn(await endpoints.login({ email: values.email.trim(), password: values.password }));
    } catch (err) {
      if (!applyFieldErrors(form, err, ['email', 'password'])) showError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="lf-auth-page">
      <Card className="lf-auth-card">
        <Typography.Title level={3}>{t('auth.loginTitle')}</Typography.Title>
        <Form<LoginRequest> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={submitting}>
          <Form.Item name="email" label={t('auth.email')} rules={emailRules(t)}>
            <Input prefix={<MailOutlined />} type="email" autoComplete="email" inputMode="email" size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={passwordRules(t, false)}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('auth.submitLogin')}
          </Button>
        </Form>
        <div className="lf-auth-switch">
          {t('auth.noAccount')}{' '}
          <Link to="/register" state={location.state}>
            {t('auth.goRegister')}
          </Link>
        </div>
      </Card>
    </div>
  );
}
