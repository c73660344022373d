import type { RegisterRequest, Role } from '@livefair/protocol';
import { Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

import { endpoints } from '../api/endpoints';
import { applyFieldErrors } from '../auth/formErrors';
import { displayNameRules, emailRules, enterpriseNameRules, LIMITS, passwordRules } from '../auth/rules';
import { useAfterSignIn } from '../auth/useAfterSignIn';
import { useShowApiError } from '../hooks/useShowApiError';

/** Self-service roles; organizer accounts are made by an operator (`npm run admin -- create-organizer`). */
type SelfServiceRole = Exclude<Role, 'organizer'>;
const ROLES: readonly SelfServiceRole[] = ['buyer', 'exhibitor'];
const FIELDS = ['email', 'password', 'displayName', 'role', 'enterpriseName'] as const;

export default function RegisterPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterRequest>();
  const role: SelfServiceRole = Form.useWatch('role', form) === 'exhibitor' ? 'exhibitor' : 'buyer';
  const [submitting, setSubmitting] = useState(false);
  const afterSignIn = useAfterSignIn();
  const showError = useShowApiError();
  const location = useLocation();

  const submit = async (values: RegisterRequest) => {
    const body: RegisterRequest = {
      email: values.email.trim(),
      password: values.password,
      displayName: values.displayName.trim(),
      role: values.role,
      ...(values.role === 'exhibitor' ? { enterpriseName: values.enterpriseName?.trim() } : {}),
    };
    setSubmitting(true);
    try {
      afterSignIn(await endpoints.register(body));
    } catch (err) {
      if (!applyFieldErrors(form, err, FIELDS)) showError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="lf-auth-page">
      <Card className="lf-auth-card">
        <Typography.Title level={3}>{t('auth.registerTitle')}</Typography.Title>
        <Form<RegisterRequest>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ role: 'buyer' }}
          onFinish={submit}
          disabled={submitting}
        >
          <Form.Item name="role" label={t('auth.role')} extra={t(`auth.roleHint.${role}`)}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="large"
              className="lf-role-radio"
              options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            />
          </Form.Item>
          {role === 'exhibitor' ? (
            <Form.Item name="enterpriseName" label={t('auth.enterpriseName')} rules={enterpriseNameRules(t)}>
              <Input
                placeholder={t('auth.enterprisePlaceholder')}
                maxLength={LIMITS.enterpriseNameMax}
                autoComplete="organization"
                size="large"
              />
            </Form.Item>
          ) : null}
          <Form.Item name="displayName" label={t('auth.displayName')} rules={displayNameRules(t)}>
            <Input maxLength={LIMITS.displayNameMax} autoComplete="name" size="large" />
          </Form.Item>
          <Form.Item name="email" label={t('auth.email')} rules={emailRules(t)}>
            <Input type="email" autoComplete="email" inputMode="email" size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={passwordRules(t, true)} extra={t('auth.passwordLength')}>
            <Input.Password autoComplete="new-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('auth.submitRegister')}
          </Button>
        </Form>
        <div className="lf-auth-switch">
          {t('auth.haveAccount')}{' '}
          <Link to="/login" state={location.state}>
            {t('auth.goLogin')}
          </Link>
        </div>
      </Card>
    </div>
  );
}
