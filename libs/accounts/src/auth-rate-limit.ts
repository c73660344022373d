import { ExecutionContext, Injectable, Module } from '@nestjs/common';
import {
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModule,
  ThrottlerModuleOptions,
  ThrottlerOptions,
} from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { APP_CONFIG, AppConfig, DomainError, RedisConnections } from '@livefair/core';
import type { Response } from 'express';
import { createHash } from 'node:crypto';

/**
 * Login and registration are limited per client IP and per account (the email in the body), so
 * neither one address guessing many accounts nor many addresses guessing one account get far.
 * @nestjs/throttler counts; in production its counters live in Redis (the shared connection,
 * so every API process counts together), in the embedded default in process memory.
 *
 * The per-account limit also lets anyone hold one account's logins off for a window by failing
 * on purpose; that is the price of stopping distributed guessing, and the window is short.
 */
export const AUTH_THROTTLERS = ['login-ip', 'login-account', 'register-ip', 'register-account'] as const;
export type AuthThrottler = (typeof AUTH_THROTTLERS)[number];

/** The email the request is about, normalised as the DTOs normalise it; one bucket for bodies without one. */
function accountOf(req: Record<string, unknown>): string {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? `email:${email.trim().toLowerCase().slice(0, 254)}` : 'email:(none)';
}

function throttlers(config: AppConfig): ThrottlerOptions[] {
  const l = config.auth.rateLimit;
  const limits: Record<AuthThrottler, number> = {
    'login-ip': l.loginPerIp,
    'login-account': l.loginPerAccount,
    'register-ip': l.registerPerIp,
    'register-account': l.registerPerAccount,
  };
  return AUTH_THROTTLERS.map((name) => ({
    name,
    limit: limits[name],
    ttl: l.windowMs,
    ...(name.endsWith('-account') ? { getTracker: accountOf } : {}),
  }));
}

function throttlerOptions(config: AppConfig, redis: RedisConnections): ThrottlerModuleOptions {
  return {
    throttlers: throttlers(config),
    // Keys never hold an email or an IP in clear; the storage adds its own `{...}:hits` around them.
    generateKey: (_ctx, tracker, name) => redis.key('ratelimit', name, createHash('sha256').update(tracker).digest('base64url')),
    storage: redis.enabled ? new ThrottlerStorageRedisService(redis.client()) : undefined,
    setHeaders: false,
  };
}

/** ThrottlerGuard that answers in the house shape: 429 RATE_LIMITED with a standard Retry-After. */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    throw new DomainError('RATE_LIMITED', 'Too many attempts; wait a moment and try again');
  }
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, RedisConnections],
      useFactory: (config: AppConfig, redis: RedisConnections) => throttlerOptions(config, redis),
    }),
  ],
  providers: [AuthRateLimitGuard],
  exports: [ThrottlerModule, AuthRateLimitGuard],
})
export class AuthRateLimitModule {}
