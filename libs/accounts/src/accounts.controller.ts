import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Public } from '@livefair/core';
import type { AuthResult, NotificationView, UserView } from '@livefair/protocol';
import { AccountsService } from './accounts.service';
import { AuthRateLimitGuard } from './auth-rate-limit';
import { LoginDto } from './dto/login.dto';
import { MarkReadDto } from './dto/mark-read.dto';
import { RegisterDto } from './dto/register.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('auth')
@Controller('api')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
  ) {}

  @Post('auth/register')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @SkipThrottle({ 'login-ip': true, 'login-account': true })
  @ApiOperation({
    summary: 'Create a buyer or exhibitor (with its enterprise) account; organizer gets 403 REGISTRATION_ROLE_FORBIDDEN',
  })
  register(@Body() dto: RegisterDto): Promise<AuthResult> {
    return this.accounts.register(dto);
  }

  @Post('auth/login')
  @Public()
  @UseGuards(AuthRateLimitGuard)
  @SkipThrottle({ 'register-ip': true, 'register-account': true })
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange email + password for an access token' })
  login(@Body() dto: LoginDto): Promise<AuthResult> {
    return this.accounts.login(dto);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Revoke every access token of the caller's account (all devices); log in again to get a new one" })
  async logout(@CurrentUser() user: Principal): Promise<void> {
    await this.accounts.logout(user);
  }

  @Get('auth/me')
  @ApiBearerAuth()
  me(@CurrentUser() user: Principal): Promise<UserView> {
    return this.accounts.me(user);
  }

  @Get('notifications')
  @ApiBearerAuth()
  inbox(@CurrentUser() user: Principal): Promise<NotificationView[]> {
    return this.notifications.inbox(user.userId);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Mark inbox lines read: `{ ids: [...] }` (at most 100) or `{ all: true }`; answers `{ marked }`' })
  markRead(@CurrentUser() user: Principal, @Body() dto: MarkReadDto): Promise<{ marked: number }> {
    return this.notifications.markRead(user.userId, dto);
  }
}
