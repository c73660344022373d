import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

/** Client-side mirror of the server's RegisterRequest/LoginRequest validation. */
export const LIMITS = {
  passwordMin: 8,
  passwordMax: 256,
  displayNameMax: 64,
  enterpriseNameMax: 128,
} as const;

export function emailRules(t: TFunction): Rule[] {
  return [
    { required: true, whitespace: true, message: t('auth.emailRequired') },
    { type: 'email', message: t('auth.emailInvalid') },
  ];
}

export function passwordRules(t: TFunction, checkLength: boolean): Rule[] {
  const rules: Rule[] = [{ required: true, message: t('auth.passwordRequired') }];
  if (checkLength) {
    rules.push({ min: LIMITS.passwordMin, max: LIMITS.passwordMax, message: t('auth.passwordLength') });
  }
  return rules;
}

export function displayNameRules(t: TFunction): Rule[] {
  return [
    { required: true, whitespace: true, message: t('auth.displayNameRequired') },
    { max: LIMITS.displayNameMax, message: t('auth.displayNameLength') },
  ];
}

export function enterpriseNameRules(t: TFunction): Rule[] {
  return [
    { required: true, whitespace: true, message: t('auth.enterpriseRequired') },
    { max: LIMITS.enterpriseNameMax, message: t('auth.enterpriseLength') },
  ];
}
